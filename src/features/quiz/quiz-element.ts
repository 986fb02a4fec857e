import { getStore, type QuizAnswer, type Store } from '~/client/store';
import { readStrings, type Strings } from '~/client/strings';
import { isComplete, isCorrect, move, scoreBand, type AnswerKey, type AnswerValue } from './quiz';
import type { QuizKey } from './strings';

const RIGHT = '✓';
const WRONG = '✗';

/** One question: reads and writes its controls, shows feedback. The markup comes from Quiz.astro. */
class QuestionView {
  readonly id: string;
  readonly key: AnswerKey;

  constructor(
    readonly el: HTMLElement,
    private readonly t: Strings<QuizKey>,
  ) {
    this.id = el.dataset['question'] ?? '';
    this.key = JSON.parse(el.dataset['key'] ?? '{}') as AnswerKey;
  }

  get result(): HTMLElement {
    return this.el.querySelector('[data-result]') as HTMLElement;
  }

  controls(): (HTMLInputElement | HTMLSelectElement | HTMLButtonElement)[] {
    return [
      ...this.el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
        'fieldset input, fieldset select, fieldset button',
      ),
    ];
  }

  /** Every id an answer to this question can contain, to tell a saved answer that no longer fits. */
  ids(): Set<string> {
    if (this.key.kind === 'match') {
      const terms = [...this.el.querySelectorAll<HTMLElement>('[data-option]')].map((row) => row.dataset['option']);
      const matches = [...(this.el.querySelector('select')?.options ?? [])].map((o) => o.value).filter(Boolean);
      return new Set(terms.flatMap((term) => matches.map((match) => `${term}:${match}`)));
    }
    const selector = this.key.kind === 'order' ? '[data-item]' : '[data-option]';
    return new Set(
      [...this.el.querySelectorAll<HTMLElement>(selector)].map((e) => e.dataset['item'] ?? e.dataset['option'] ?? ''),
    );
  }

  value(): AnswerValue {
    switch (this.key.kind) {
      case 'order':
        return [...this.el.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset['item'] ?? '');
      case 'match':
        return [...this.el.querySelectorAll<HTMLElement>('[data-option]')].flatMap((row) => {
          const chosen = row.querySelector('select')?.value;
          return chosen ? [`${row.dataset['option']}:${chosen}`] : [];
        });
      default:
        return [...this.el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    }
  }

  setValue(value: AnswerValue): void {
    if (this.key.kind === 'order') {
      const list = this.el.querySelector('[data-order]');
      for (const item of value) {
        const li = this.el.querySelector(`[data-item="${CSS.escape(item)}"]`);
        if (list && li) list.append(li);
      }
    } else if (this.key.kind === 'match') {
      const chosen = new Map(value.map((pair) => pair.split(':') as [string, string]));
      for (const row of this.el.querySelectorAll<HTMLElement>('[data-option]')) {
        const select = row.querySelector('select');
        if (select) select.value = chosen.get(row.dataset['option'] ?? '') ?? '';
      }
    } else {
      this.el.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = value.includes(i.value)));
    }
  }

  /** Shows the outcome: marks per option, their feedback, the explanation. */
  show(answer: QuizAnswer): void {
    const value = answer.value;
    this.el.querySelectorAll<HTMLElement>('[data-option]').forEach((option) => {
      const id = option.dataset['option'] ?? '';
      const mark = option.querySelector<HTMLElement>('[data-mark]');
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      const isMatch = this.key.kind === 'match';
      const chosen = isMatch || value.includes(id);
      const good = isMatch
        ? value.some((pair) => pair.startsWith(`${id}:`) && this.key.correct.includes(pair))
        : this.key.correct.includes(id);
      if (mark) {
        mark.hidden = !(chosen || good);
        mark.dataset['state'] = good ? 'right' : 'wrong';
        mark.textContent = good ? `${RIGHT} ${this.t('quiz.optionRight')}` : `${WRONG} ${this.t('quiz.optionWrong')}`;
      }
      if (feedback) feedback.hidden = !chosen;
    });
    this.result.hidden = false;
    this.result.textContent = answer.revealed
      ? this.t('quiz.revealed')
      : answer.correct
        ? this.t('quiz.correct')
        : this.t('quiz.incorrect');
    const details = this.el.querySelector<HTMLDetailsElement>('[data-answer]');
    if (details) {
      details.dataset['revealed'] = '';
      details.open = true;
    }
    for (const control of this.controls()) control.disabled = true;
    this.button('check').hidden = true;
    this.button('show').hidden = true;
    this.button('retry').hidden = false;
  }

  clear(): void {
    this.el.querySelectorAll<HTMLElement>('[data-mark], [data-feedback]').forEach((e) => (e.hidden = true));
    this.result.hidden = true;
    delete this.el.querySelector<HTMLElement>('[data-answer]')?.dataset['revealed'];
    for (const control of this.controls()) control.disabled = false;
    this.button('check').hidden = false;
    this.button('show').hidden = false;
    this.button('retry').hidden = true;
  }

  button(action: string): HTMLButtonElement {
    return this.el.querySelector(`[data-action="${action}"]`) ?? document.createElement('button');
  }
}

class Quiz extends HTMLElement {
  #questions: QuestionView[] = [];
  #t: Strings<QuizKey> = (key) => key;

  connectedCallback() {
    this.#t = readStrings<QuizKey>(this);
    this.#questions = [...this.querySelectorAll<HTMLElement>('[data-question]')].map(
      (el) => new QuestionView(el, this.#t),
    );
    const group = this.dataset['mode'] === 'group';
    const store = group ? undefined : getStore();
    const lesson = this.dataset['lesson'] ?? '';

    for (const q of this.#questions) {
      const actions = q.el.querySelector<HTMLElement>('[data-actions]');
      if (actions) actions.hidden = false;
      for (const control of q.controls()) control.disabled = false;
      q.el.addEventListener('click', (event) => {
        const target = (event.target as HTMLElement).closest('button');
        if (!target) return;
        const by = target.dataset['move'];
        if (by) this.#move(q, target, Number(by) as -1 | 1);
        const action = target.dataset['action'];
        if (action === 'check') this.#check(q, store, lesson);
        if (action === 'show') this.#reveal(q, store, lesson);
        if (action === 'retry') this.#retry(q, store, lesson);
      });
    }
    this.#restore(store, lesson);

    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      store?.update((s) => void delete s.quizzes[lesson]);
      for (const q of this.#questions) {
        q.clear();
        q.setValue([]);
      }
      this.#renderScore(store, lesson);
      this.#questions[0]?.controls()[0]?.focus();
    });

    if (store) {
      const footer = this.querySelector<HTMLElement>('[data-footer]');
      if (footer) footer.hidden = false;
      const note = this.querySelector<HTMLElement>('[data-storage]');
      if (note && store.status !== 'ok')
        note.textContent = store.status === 'recovered' ? this.#t('quiz.recovered') : this.#t('quiz.notSaved');
      // Another tab answered: show the same state here.
      store.subscribe(() => this.#renderScore(store, lesson));
      this.#renderScore(store, lesson);
      void this.#upgrade(store, lesson);
    }
    this.dataset['ready'] = '';
  }

  /** Puts saved answers back; an answer that no longer fits its question (the author changed it) is dropped. */
  #restore(store: Store | undefined, lesson: string) {
    const saved = store?.state.quizzes[lesson] ?? {};
    const stale: string[] = [];
    for (const q of this.#questions) {
      const answer = saved[q.id];
      if (!answer || answer.positions) continue;
      const ids = q.ids();
      if (!answer.value.every((id) => ids.has(id))) {
        stale.push(q.id);
        continue;
      }
      q.setValue(answer.value);
      if (answer.checked) q.show(answer);
    }
    if (stale.length) store?.update((s) => stale.forEach((id) => delete s.quizzes[lesson]?.[id]));
  }

  /** Answers saved by position (store version 2) become ids; the code for that loads only when it is needed. */
  async #upgrade(store: Store, lesson: string) {
    const url = this.dataset['v2'];
    if (!url || !Object.values(store.state.quizzes[lesson] ?? {}).some((a) => a.positions)) return;
    const { upgradeAnswers } = await import('./upgrade');
    await upgradeAnswers(store, lesson, url, (id) => this.#questions.find((q) => q.id === id)?.key.kind);
    this.#restore(store, lesson);
  }

  #announce(text: string) {
    const live = this.querySelector('[data-live]');
    if (!live) return;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  #move(q: QuestionView, button: HTMLButtonElement, by: -1 | 1) {
    const li = button.closest<HTMLElement>('[data-item]');
    if (!li) return;
    const current = q.value();
    const order = move(current, current.indexOf(li.dataset['item'] ?? ''), by);
    q.setValue(order);
    const to = order.indexOf(li.dataset['item'] ?? '');
    button.focus();
    this.#announce(this.#t('quiz.moved', { item: li.querySelector('.order__text')?.textContent ?? '', n: to + 1 }));
  }

  #check(q: QuestionView, store: Store | undefined, lesson: string) {
    const value = q.value();
    if (!isComplete(q.key, value)) {
      this.#announce(this.#t('quiz.chooseFirst'));
      q.result.hidden = false;
      q.result.textContent = this.#t('quiz.chooseFirst');
      return;
    }
    this.#settle(q, { value, checked: true, correct: isCorrect(q.key, value), revealed: false }, store, lesson);
  }

  #reveal(q: QuestionView, store: Store | undefined, lesson: string) {
    q.setValue(q.key.correct);
    this.#settle(q, { value: q.key.correct, checked: true, correct: false, revealed: true }, store, lesson);
  }

  /** Shows a checked or revealed answer, saves it and tells the learner. */
  #settle(q: QuestionView, answer: QuizAnswer, store: Store | undefined, lesson: string) {
    q.show(answer);
    store?.update((s) => {
      (s.quizzes[lesson] ??= {})[q.id] = answer;
    });
    this.#announce(q.result.textContent ?? '');
    q.result.focus();
  }

  #retry(q: QuestionView, store: Store | undefined, lesson: string) {
    q.clear();
    store?.update((s) => void delete s.quizzes[lesson]?.[q.id]);
    q.controls()[0]?.focus();
  }

  #renderScore(store: Store | undefined, lesson: string) {
    const box = this.querySelector<HTMLElement>('[data-score]');
    if (!box || !store) return;
    const answers = store.state.quizzes[lesson] ?? {};
    const done = this.#questions.every((q) => answers[q.id]?.checked);
    const wasHidden = box.hidden;
    box.hidden = !done;
    if (!done) return;
    const right = this.#questions.filter((q) => answers[q.id]?.correct).length;
    const total = this.#questions.length;
    const text = box.querySelector('[data-score-text]');
    if (text)
      text.textContent = `${this.#t('quiz.score', { n: right, total })} ${this.#t(`quiz.score.${scoreBand(right, total)}`)}`;
    const reread = box.querySelector('[data-reread]');
    if (reread) {
      const links = new Map<string, string>();
      for (const q of this.#questions) {
        const link = q.el.querySelector<HTMLAnchorElement>('[data-answer] a[href^="#"]');
        if (!answers[q.id]?.correct && link) links.set(link.getAttribute('href') ?? '', link.textContent ?? '');
      }
      reread.replaceChildren(
        ...[...links].map(([href, label]) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = href;
          a.textContent = label;
          li.append(a);
          return li;
        }),
      );
    }
    const label = box.querySelector<HTMLElement>('[data-reread-label]');
    if (label) label.hidden = !reread?.childElementCount;
    if (wasHidden) {
      this.#announce(text?.textContent ?? '');
    }
  }
}

customElements.define('bb-quiz', Quiz);
