// The one error type the pipeline throws for bad input: it names the file and, when known, the feature.

export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly where?: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
    this.name = 'PipelineError';
  }
}
