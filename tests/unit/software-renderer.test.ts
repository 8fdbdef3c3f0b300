import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../src/lib/map/software-renderer';

describe('isSoftwareRenderer', () => {
  it('names the software rasterisers office PCs and VMs get', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Mesa, llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5)',
      'llvmpipe (LLVM 12.0.0, 256 bits)',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
  });

  it('does not name hardware GPUs', () => {
    for (const name of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mali-G78',
      'ANGLE (AMD, AMD Radeon(TM) Graphics (radeonsi, renoir, LLVM 15.0.7), OpenGL 4.6)',
      '',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });
});
