// Asks the Sources dialog to open at one citation entry (a figure's "source entry" link); the
// dialog scrolls to it and highlights it.
export class SourcesDialogState {
  /** The entry asked for last, with a counter so asking twice for the same entry opens it again. */
  request = $state<{ id: string; n: number } | null>(null);

  /** Opens the dialog at the entry with this citation id (see citationEntry). */
  openAt(id: string) {
    this.request = { id, n: (this.request?.n ?? 0) + 1 };
  }
}

export const sourcesDialog = new SourcesDialogState();
