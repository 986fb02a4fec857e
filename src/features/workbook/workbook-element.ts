import { emptyState, getStore, type StoreState } from '~/client/store';
import { readStrings } from '~/client/strings';
import { quizScore } from '~/features/quiz/quiz';
import { DESCRIBE, shapeOf } from '~/features/reflection/kinds';
import { mergeStates, parseImport, previewImport, toExport } from './transfer';
import type { WorkbookKey } from './strings';

class Workbook extends HTMLElement {
  #pending: StoreState | undefined;

  connectedCallback() {
    const store = getStore();
    const t = readStrings<WorkbookKey>(this);
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
          const value = state.reflections[id]?.[item.dataset['prompt'] ?? ''];
          const shape = shapeOf(item);
          const text = value === undefined ? '' : DESCRIBE[shape.kind](value, shape, t).trim();
          if (!answer) continue;
          answer.textContent = text || t('workbook.noAnswer');
          answer.toggleAttribute('data-empty', !text);
          filled ||= Boolean(text);
        }
        const questions = (lesson.dataset['questions'] ?? '').split(' ').filter(Boolean);
        const answers = state.quizzes[id] ?? {};
        const checked = questions.filter((q) => answers[q]?.checked);
        const summary = lesson.querySelector<HTMLElement>('[data-quiz-summary]');
        if (summary) {
          // The same honest count as the quiz: first tries, and what came right after a second try.
          const score = quizScore(questions, answers);
          summary.hidden = checked.length === 0;
          summary.textContent = t('workbook.quiz', { n: score.first, total: score.total });
          if (score.later) summary.textContent += ` · ${t('workbook.quizLater', { n: score.later })}`;
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
        say(t('workbook.imported'));
      }
      if (action === 'cancel') this.#closePreview(preview, input);
      if (action === 'clear') dialog?.showModal();
    });

    dialog?.addEventListener('close', () => {
      if (dialog.returnValue !== 'yes') return;
      store.replace(emptyState());
      say(t('workbook.cleared'));
    });

    input?.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      say();
      // Read at most a little over the limit: a huge file is refused without loading it whole.
      const result = parseImport(await file.slice(0, 1024 * 1024 + 1).text(), file.size);
      if (!result.ok) {
        this.#closePreview(preview, input);
        say(t(`workbook.problem.${result.problem}`));
        return;
      }
      this.#pending = result.state;
      const counts = previewImport(store.state, result.state);
      const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(result.exported),
      );
      const text = preview?.querySelector('[data-preview-text]');
      if (text) text.textContent = t('workbook.preview', { date, ...counts });
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
