import { isComplete, isCorrect, move, scoreBand, type AnswerKey, type AnswerValue } from '~/features/quiz/quiz';
import { getStore, type QuizAnswer } from '~/client/store';
import { fillTemplate } from '~/i18n/template';

type Strings = Record<
  | 'correct'
  | 'incorrect'
  | 'revealed'
  | 'chooseFirst'
  | 'moved'
  | 'score'
  | 'high'
  | 'mid'
  | 'low'
  | 'right'
  | 'wrong'
  | 'notSaved'
  | 'recovered',
  string
>;

/** One question: reads and writes its controls, shows feedback. The markup comes from Quiz.astro. */
class QuestionView {
  readonly id: string;
  readonly key: AnswerKey;

  constructor(
    readonly el: HTMLElement,
    private readonly strings: Strings,
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

  value(): AnswerValue {
    switch (this.key.kind) {
      case 'order':
        return [...this.el.querySelectorAll<HTMLElement>('[data-item]')].map((li) => Number(li.dataset['item']));
      case 'match':
        return [...this.el.querySelectorAll('select')].map((s) => Number(s.value));
      default:
        return [...this.el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
    }
  }

  setValue(value: AnswerValue): void {
    if (this.key.kind === 'order') {
      const list = this.el.querySelector('[data-order]');
      for (const item of value) {
        const li = this.el.querySelector(`[data-item="${item}"]`);
        if (list && li) list.append(li);
      }
    } else if (this.key.kind === 'match') {
      this.el.querySelectorAll('select').forEach((s, i) => (s.value = String(value[i] ?? -1)));
    } else {
      this.el.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = value.includes(Number(i.value))));
    }
  }

  /** Shows the outcome: marks per option, their feedback, the explanation. */
  show(answer: QuizAnswer): void {
    const value = answer.value;
    const right = this.key.correct;
    this.el.querySelectorAll<HTMLElement>('[data-option]').forEach((option) => {
      const index = Number(option.dataset['option']);
      const mark = option.querySelector<HTMLElement>('[data-mark]');
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      const isMatch = this.key.kind === 'match';
      const chosen = isMatch ? true : value.includes(index);
      const good = isMatch ? value[index] === index : right.includes(index);
      if (mark) {
        mark.hidden = !(chosen || good);
        mark.dataset['state'] = good ? 'right' : 'wrong';
        mark.textContent = good ? this.strings.right : this.strings.wrong;
      }
      if (feedback) feedback.hidden = !chosen;
    });
    this.result.hidden = false;
    this.result.textContent = answer.revealed
      ? this.strings.revealed
      : answer.correct
        ? this.strings.correct
        : this.strings.incorrect;
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
  #strings = {} as Strings;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.#questions = [...this.querySelectorAll<HTMLElement>('[data-question]')].map(
      (el) => new QuestionView(el, this.#strings),
    );
    const group = this.dataset['mode'] === 'group';
    const store = group ? undefined : getStore();
    const lesson = this.dataset['lesson'] ?? '';
    const saved = () => store?.state.quizzes[lesson] ?? {};

    for (const q of this.#questions) {
      const actions = q.el.querySelector<HTMLElement>('[data-actions]');
      if (actions) actions.hidden = false;
      for (const control of q.controls()) control.disabled = false;
      const answer = saved()[q.id];
      if (answer) {
        q.setValue(answer.value);
        if (answer.checked) q.show(answer);
      }
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
        note.textContent = store.status === 'recovered' ? this.#strings.recovered : this.#strings.notSaved;
      // Another tab answered: show the same state here.
      store.subscribe(() => this.#renderScore(store, lesson));
      this.#renderScore(store, lesson);
    }
    this.dataset['ready'] = '';
  }

  #announce(text: string) {
    const live = this.querySelector('[data-live]');
    if (!live) return;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  #move(q: QuestionView, button: HTMLButtonElement, by: -1 | 1) {
    const items = [...q.el.querySelectorAll<HTMLElement>('[data-item]')];
    const li = button.closest<HTMLElement>('[data-item]');
    if (!li) return;
    const from = items.indexOf(li);
    const order = move(q.value(), from, by);
    q.setValue(order);
    const to = order.indexOf(Number(li.dataset['item']));
    button.focus();
    this.#announce(
      fillTemplate(this.#strings.moved, { item: li.querySelector('.order__text')?.textContent ?? '', n: to + 1 }),
    );
  }

  #check(q: QuestionView, store: ReturnType<typeof getStore> | undefined, lesson: string) {
    const value = q.value();
    if (!isComplete(q.key.kind, value)) {
      this.#announce(this.#strings.chooseFirst);
      q.result.hidden = false;
      q.result.textContent = this.#strings.chooseFirst;
      return;
    }
    const answer: QuizAnswer = { value, checked: true, correct: isCorrect(q.key, value), revealed: false };
    q.show(answer);
    store?.update((s) => {
      (s.quizzes[lesson] ??= {})[q.id] = answer;
    });
    this.#announce(q.result.textContent ?? '');
    q.result.focus();
  }

  #reveal(q: QuestionView, store: ReturnType<typeof getStore> | undefined, lesson: string) {
    const answer: QuizAnswer = { value: q.key.correct, checked: true, correct: false, revealed: true };
    q.setValue(q.key.correct);
    q.show(answer);
    store?.update((s) => {
      (s.quizzes[lesson] ??= {})[q.id] = answer;
    });
    this.#announce(q.result.textContent ?? '');
    q.result.focus();
  }

  #retry(q: QuestionView, store: ReturnType<typeof getStore> | undefined, lesson: string) {
    q.clear();
    store?.update((s) => void delete s.quizzes[lesson]?.[q.id]);
    q.controls()[0]?.focus();
  }

  #renderScore(store: ReturnType<typeof getStore> | undefined, lesson: string) {
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
      text.textContent = `${fillTemplate(this.#strings.score, { n: right, total })} ${this.#strings[scoreBand(right, total)]}`;
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
