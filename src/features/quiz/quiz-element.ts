import { getStore, type QuizAnswer, type Store } from '~/client/store';
import { readStrings, type Strings } from '~/client/strings';
import {
  checkAnswer,
  isComplete,
  move,
  quizScore,
  reopenAnswer,
  revealAnswer,
  scoreBand,
  type AnswerKey,
  type AnswerValue,
} from './quiz';
import type { QuizKey } from './strings';

const RIGHT = '✓';
const WRONG = '✗';
const MISSED = '○';

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
    this.start = this.value();
  }

  /** The answer as the page first shows it: nothing chosen, or the steps of an order question shuffled. */
  readonly start: AnswerValue;

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

  get hint(): HTMLElement | null {
    return this.el.querySelector('[data-hint]');
  }

  /** A first wrong try: a hint and a second chance, without giving the answer away. */
  showHint(): void {
    this.el.querySelectorAll<HTMLElement>('[data-mark], [data-feedback]').forEach((e) => (e.hidden = true));
    if (this.hint) this.hint.hidden = false;
    this.result.hidden = false;
    this.result.textContent = this.t('quiz.tryAgain');
    for (const control of this.controls()) control.disabled = false;
    this.button('check').hidden = false;
    this.button('show').hidden = false;
    this.button('retry').hidden = true;
  }

  /** Shows the outcome: marks per option, their feedback, the explanation. */
  show(answer: QuizAnswer): void {
    const value = answer.value;
    const isMatch = this.key.kind === 'match';
    this.el.querySelectorAll<HTMLElement>('[data-option]').forEach((option) => {
      const id = option.dataset['option'] ?? '';
      const mark = option.querySelector<HTMLElement>('[data-mark]');
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      const chosen = isMatch || value.includes(id);
      const good = isMatch
        ? value.some((pair) => pair.startsWith(`${id}:`) && this.key.correct.includes(pair))
        : this.key.correct.includes(id);
      if (mark) {
        mark.hidden = !(chosen || good);
        // A right option the learner did not choose was missed, not "goed".
        const state = chosen ? (good ? 'right' : 'wrong') : 'missed';
        mark.dataset['state'] = state;
        mark.textContent =
          state === 'right'
            ? `${RIGHT} ${this.t('quiz.optionRight')}`
            : state === 'wrong'
              ? `${WRONG} ${this.t('quiz.optionWrong')}`
              : `${MISSED} ${this.t(this.key.kind === 'multiple' ? 'quiz.optionMissed' : 'quiz.optionAnswer')}`;
      }
      if (feedback) feedback.hidden = !chosen;
    });
    if (this.hint) this.hint.hidden = true;
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
      // After a right answer there is nothing to reread.
      const reread = details.querySelector<HTMLElement>('[data-reread-link]');
      if (reread) reread.hidden = answer.correct;
    }
    for (const control of this.controls()) control.disabled = true;
    this.button('check').hidden = true;
    this.button('show').hidden = true;
    this.button('retry').hidden = answer.correct;
  }

  clear(): void {
    this.el.querySelectorAll<HTMLElement>('[data-mark], [data-feedback]').forEach((e) => (e.hidden = true));
    if (this.hint) this.hint.hidden = true;
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
    const store = getStore();
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
        if (action === 'retry') this.#reopen([q], store, lesson);
      });
    }
    this.#restore(store, lesson);

    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      store?.update((s) => void delete s.quizzes[lesson]);
      for (const q of this.#questions) {
        q.clear();
        q.setValue(q.start);
      }
      this.#renderScore(store, lesson);
      this.#questions[0]?.controls()[0]?.focus();
    });

    this.querySelector('[data-action="practise"]')?.addEventListener('click', () => {
      const ids = quizScore(
        this.#questions.map((q) => q.id),
        store?.state.quizzes[lesson] ?? {},
      ).toPractise;
      this.#reopen(
        this.#questions.filter((q) => ids.includes(q.id)),
        store,
        lesson,
        true,
      );
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
      else if (answer.hinted) q.showHint();
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
    const answer = checkAnswer(q.key, value, store?.state.quizzes[lesson]?.[q.id]);
    if (answer.checked) q.show(answer);
    else q.showHint();
    this.#save(q, answer, store, lesson);
  }

  #reveal(q: QuestionView, store: Store | undefined, lesson: string) {
    q.setValue(q.key.correct);
    const answer = revealAnswer(q.key, store?.state.quizzes[lesson]?.[q.id]);
    q.show(answer);
    this.#save(q, answer, store, lesson);
  }

  /** Saves an answer and tells the learner what it means. */
  #save(q: QuestionView, answer: QuizAnswer, store: Store | undefined, lesson: string) {
    store?.update((s) => {
      (s.quizzes[lesson] ??= {})[q.id] = answer;
    });
    this.#announce(q.result.textContent ?? '');
    q.result.focus();
  }

  /**
   * "Probeer opnieuw" (keeps the answer to adjust) and "Oefen alleen wat nog niet lukte" (`fresh`: back to the
   * start): open questions again; their first try stays counted.
   */
  #reopen(questions: QuestionView[], store: Store | undefined, lesson: string, fresh = false) {
    for (const q of questions) {
      q.clear();
      if (fresh) q.setValue(q.start);
    }
    store?.update((s) => {
      for (const q of questions)
        (s.quizzes[lesson] ??= {})[q.id] = reopenAnswer(s.quizzes[lesson]?.[q.id], fresh ? q.start : q.value());
    });
    questions[0]?.controls()[0]?.focus();
  }

  #renderScore(store: Store | undefined, lesson: string) {
    const box = this.querySelector<HTMLElement>('[data-score]');
    if (!box || !store) return;
    const answers = store.state.quizzes[lesson] ?? {};
    const score = quizScore(
      this.#questions.map((q) => q.id),
      answers,
    );
    const practice = this.querySelector<HTMLElement>('[data-practice]');
    if (practice) practice.hidden = !score.done || score.toPractise.length === 0;
    const wasHidden = box.hidden;
    box.hidden = !score.done;
    if (!score.done) return;
    const { first, later, total } = score;
    const text = box.querySelector('[data-score-text]');
    if (text)
      text.textContent = [
        this.#t('quiz.score', { n: first, total }),
        later ? this.#t('quiz.scoreLater', { n: later }) : '',
        this.#t(`quiz.score.${scoreBand(first, total)}`),
      ]
        .filter(Boolean)
        .join(' ');
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
