declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, inputs: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}
