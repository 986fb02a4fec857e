import { emptyState, getStore, type ReflectionValue, type StoreState } from '~/client/store';
import { mergeStates, parseImport, previewImport, toExport } from '~/features/workbook/transfer';
import { fillTemplate } from '~/i18n/template';

type Strings = Record<string, string>;

/** Turns a saved reflection into readable text. Always plain text: it is put in with textContent. */
function describe(item: HTMLElement, value: ReflectionValue | undefined, strings: Strings): string {
  if (value === undefined) return '';
  const items = JSON.parse(item.dataset['items'] ?? '[]') as string[];
  const columns = JSON.parse(item.dataset['columns'] ?? '[]') as string[];
  switch (item.dataset['kind']) {
    case 'scale':
      return `${value} / 5`;
    case 'checklist':
      return Array.isArray(value) ? value.map((i) => items[Number(i)] ?? '').join(', ') : '';
    case 'table': {
      const cells = typeof value === 'object' && !Array.isArray(value) ? value : {};
      const rows = new Map<string, string[]>();
      for (const [key, text] of Object.entries(cells)) {
        const [row = '0', col = '0'] = key.split('-');
        if (text.trim()) (rows.get(row) ?? rows.set(row, []).get(row))?.push(`${columns[Number(col)] ?? ''}: ${text}`);
      }
      return [...rows.values()].map((r) => r.join('\n')).join('\n\n');
    }
    case 'experiment': {
      const cells = typeof value === 'object' && !Array.isArray(value) ? value : {};
      const labels: Record<string, string | undefined> = {
        wat: strings['what'],
        wanneer: strings['when'],
        hoe: strings['how'],
      };
      return Object.entries(cells)
        .filter(([, text]) => text.trim())
        .map(([key, text]) => `${labels[key] ?? key} ${text}`)
        .join('\n');
    }
    default:
      return typeof value === 'string' ? value : '';
  }
}

class Workbook extends HTMLElement {
  #pending: StoreState | undefined;

  connectedCallback() {
    const store = getStore();
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    const status = this.querySelector<HTMLElement>('[data-status]');
    const say = (text = '') => {
      if (status) status.textContent = text;
    };
    const preview = this.querySelector<HTMLElement>('[data-preview]');
    const input = this.querySelector<HTMLInputElement>('input[type="file"]');
    const dialog = this.querySelector('dialog');

    const render = () => {
      const state = store.state;
      let any = false;
      for (const lesson of this.querySelectorAll<HTMLElement>('[data-lesson]')) {
        const id = lesson.dataset['lesson'] ?? '';
        let filled = false;
        for (const item of lesson.querySelectorAll<HTMLElement>('[data-prompt]')) {
          const answer = item.querySelector<HTMLElement>('[data-answer]');
          const text = describe(item, state.reflections[id]?.[item.dataset['prompt'] ?? ''], strings).trim();
          if (!answer) continue;
          answer.textContent = text || strings['noAnswer'] || '';
          answer.toggleAttribute('data-empty', !text);
          filled ||= Boolean(text);
        }
        const questions = (lesson.dataset['questions'] ?? '').split(' ').filter(Boolean);
        const answers = state.quizzes[id] ?? {};
        const checked = questions.filter((q) => answers[q]?.checked);
        const summary = lesson.querySelector<HTMLElement>('[data-quiz-summary]');
        if (summary) {
          summary.hidden = checked.length === 0;
          summary.textContent = fillTemplate(strings['quiz'] ?? '', {
            n: questions.filter((q) => answers[q]?.correct).length,
            total: questions.length,
          });
        }
        filled ||= checked.length > 0;
        lesson.toggleAttribute('data-empty-lesson', !filled);
        any ||= filled;
      }
      const empty = this.querySelector<HTMLElement>('[data-empty]');
      if (empty) empty.hidden = any;
    };

    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
      if (action === 'print') window.print();
      if (action === 'export') {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([toExport(store.state)], { type: 'application/json' }));
        link.download = `brein-en-band-werkboek-${new Date().toISOString().slice(0, 10)}.json`;
        link.click();
        URL.revokeObjectURL(link.href);
      }
      if ((action === 'merge' || action === 'replace') && this.#pending) {
        store.replace(action === 'merge' ? mergeStates(store.state, this.#pending) : this.#pending);
        this.#closePreview(preview, input);
        say(strings['imported']);
      }
      if (action === 'cancel') this.#closePreview(preview, input);
      if (action === 'clear') dialog?.showModal();
    });

    dialog?.addEventListener('close', () => {
      if (dialog.returnValue !== 'yes') return;
      store.replace(emptyState());
      say(strings['cleared']);
    });

    input?.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      say();
      // Read at most a little over the limit: a huge file is refused without loading it whole.
      const result = parseImport(await file.slice(0, 1024 * 1024 + 1).text(), file.size);
      if (!result.ok) {
        this.#closePreview(preview, input);
        say(strings[result.problem]);
        return;
      }
      this.#pending = result.state;
      const counts = previewImport(store.state, result.state);
      const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(result.exported),
      );
      const text = preview?.querySelector('[data-preview-text]');
      if (text) text.textContent = fillTemplate(strings['preview'] ?? '', { date, ...counts });
      if (preview) preview.hidden = false;
      preview?.querySelector<HTMLButtonElement>('[data-action="merge"]')?.focus();
    });

    store.subscribe(render);
    render();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[disabled]'))
      control.disabled = false;
  }

  #closePreview(preview: HTMLElement | null, input: HTMLInputElement | null) {
    this.#pending = undefined;
    if (preview) preview.hidden = true;
    if (input) input.value = '';
  }
}

customElements.define('bb-workbook', Workbook);
