// Where the map camera is, as the map last reported it (after each move); null until it has loaded.
import type { Camera } from '../deck/types';

export class CameraState {
  current = $state.raw<Camera | null>(null);

  set(camera: Camera) {
    const c = this.current;
    if (
      c &&
      c.zoom === camera.zoom &&
      c.bearing === camera.bearing &&
      c.pitch === camera.pitch &&
      c.center[0] === camera.center[0] &&
      c.center[1] === camera.center[1]
    )
      return;
    this.current = camera;
  }
}

export const camera = new CameraState();
