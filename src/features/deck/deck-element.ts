import { readStrings, type Strings } from '~/client/strings';
import { commandForKey, type CommandId } from './commands';
import type { DeckKey } from './strings';

type Message = { type: 'go'; slide: number; step: number } | { type: 'answer'; slide: number };

const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * A lesson as slides. Keys, clicker (PageUp/PageDown), swipe, and a presenter view in a second window kept
 * in step through a BroadcastChannel, so it works from a static folder with no server and no network.
 * Without JavaScript the slides read as one long page.
 */
class Deck extends HTMLElement {
  #slides: HTMLElement[] = [];
  #index = 0;
  #step = 0;
  #channel: BroadcastChannel | undefined;
  #presenter = new URLSearchParams(location.search).has('presentator');
  #t: Strings<DeckKey> = (key) => key;
  #started = Date.now();

  connectedCallback() {
    this.#slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    this.#t = readStrings<DeckKey>(this);
    document.documentElement.classList.toggle('is-presenter', this.#presenter);
    if (this.#presenter) this.#startPresenter();
    this.#channel = new BroadcastChannel(this.dataset['channel'] ?? 'bb-deck');
    this.#channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.type === 'go') this.#show(data.slide, data.step, false);
      if (data.type === 'answer') this.#answer(data.slide, false);
    };
    document.addEventListener('keydown', (event) => this.#onKey(event));
    this.#bindControls();
    this.#bindSwipe();
    window.addEventListener('hashchange', () => this.#show(this.#fromHash(), 0, true));
    window.addEventListener('resize', () => this.#fitShown());
    void document.fonts?.ready.then(() => this.#fitShown());
    this.#show(this.#fromHash(), 0, false);
    this.querySelectorAll<HTMLButtonElement>('button[disabled]').forEach((b) => (b.disabled = false));
  }

  #fromHash(): number {
    const n = Number(/^#dia-(\d+)$/.exec(location.hash)?.[1] ?? 1);
    return Math.min(Math.max(n, 1), this.#slides.length) - 1;
  }

  /** Points of a step-by-step slide that are not yet shown. */
  #steps(slide = this.#slides[this.#index]): HTMLElement[] {
    return [...(slide?.querySelectorAll<HTMLElement>('[data-steps] li') ?? [])];
  }

  #show(index: number, step: number, broadcast: boolean) {
    this.#index = Math.min(Math.max(index, 0), this.#slides.length - 1);
    this.#step = step;
    this.#slides.forEach((slide, i) => slide.classList.toggle('is-current', i === this.#index));
    this.#steps().forEach((li, i) => li.toggleAttribute('data-step-hidden', i >= this.#step));
    const slide = this.#slides[this.#index];
    const label = this.#t('deck.slide', { n: this.#index + 1, total: this.#slides.length });
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = `${this.#index + 1} / ${this.#slides.length}`;
    const live = this.querySelector('[data-deck-live]');
    if (live) live.textContent = `${label}: ${slide?.dataset['label'] ?? ''}`;
    if (location.hash !== `#dia-${this.#index + 1}`)
      history.replaceState(null, '', `${location.pathname}${location.search}#dia-${this.#index + 1}`);
    if (this.#presenter) this.#renderPresenter();
    else this.#fit(slide);
    if (broadcast) this.#channel?.postMessage({ type: 'go', slide: this.#index, step: this.#step } satisfies Message);
  }

  #next() {
    const steps = this.#steps();
    if (steps.length && this.#step < steps.length) return this.#show(this.#index, this.#step + 1, true);
    if (this.#index < this.#slides.length - 1) this.#show(this.#index + 1, 0, true);
  }

  #prev() {
    if (this.#index > 0) {
      const before = this.#slides[this.#index - 1];
      this.#show(this.#index - 1, this.#steps(before).length, true);
    }
  }

  /** Reveals a question slide's answer (QuestionSlide.astro), here and, when asked, in the other window. */
  #answer(index: number, broadcast: boolean) {
    const slide = this.#slides[index];
    const question = slide?.querySelector<HTMLElement>('[data-qslide]');
    if (!slide || !question || question.hasAttribute('data-revealed')) return;
    question.toggleAttribute('data-revealed', true);
    question.querySelectorAll<HTMLElement>('[data-mark]').forEach((mark) => (mark.hidden = false));
    const details = question.querySelector('details');
    if (details) details.open = true;
    // The reveal button is gone: keep focus on the slide, where Space still goes on.
    if (slide.contains(document.activeElement)) slide.focus();
    if (index === this.#index) {
      this.#say(question.querySelector('[data-answer-text]')?.textContent ?? '');
      if (this.#presenter) this.#renderPresenter();
      else this.#fit(slide);
    }
    if (broadcast) this.#channel?.postMessage({ type: 'answer', slide: index } satisfies Message);
  }

  /** Tells screen reader users politely, in the deck's status line. */
  #say(text: string) {
    const live = this.querySelector('[data-deck-live]');
    if (live) live.textContent = text.replace(/\s+/g, ' ').trim();
  }

  /**
   * Shrinks a slide's text a step at a time until nothing is cut off (a long revealed answer on a 4:3
   * projector); `data-fit` maps to a factor in deck.css. Only a slide on screen can be measured.
   */
  #fit(slide: HTMLElement | undefined) {
    const inner = slide?.querySelector<HTMLElement>('.slide__inner');
    if (!inner?.clientHeight) return;
    for (let step = 0; step <= 8; step++) {
      if (step) inner.dataset['fit'] = String(step);
      else delete inner.dataset['fit'];
      if (inner.scrollHeight - inner.clientHeight <= 1) return;
    }
  }

  #fitShown() {
    if (this.#presenter) this.querySelectorAll<HTMLElement>('.deck__pane .slide').forEach((s) => this.#fit(s));
    else this.#fit(this.#slides[this.#index]);
  }

  #onKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, dialog[open]')) return;
    // Buttons keep Space and Enter for themselves.
    if (target.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
    const command = commandForKey(event.key);
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  }

  /** Does what a key or a toolbar button asks (see `COMMANDS` in commands.ts). */
  #run(command: CommandId) {
    const actions: Record<CommandId, () => void> = {
      next: () => this.#next(),
      prev: () => this.#prev(),
      first: () => this.#show(0, 0, true),
      last: () => this.#show(this.#slides.length - 1, 0, true),
      fullscreen: () => this.#fullscreen(),
      overview: () => this.#toggleOverview(),
      black: () => this.#toggle('[data-black]'),
      presenter: () =>
        window.open(
          `${location.pathname}?presentator#dia-${this.#index + 1}`,
          'bb-presentator',
          'popup,width=1200,height=800',
        ),
      answer: () => this.#answer(this.#index, true),
      contrast: () => document.documentElement.classList.toggle('deck-contrast'),
      help: () => this.querySelector('dialog')?.showModal(),
      close: () => {
        this.#toggle('[data-black]', false);
        this.#toggleOverview(false);
      },
      print1: () => this.#print('1'),
      print3: () => this.#print('3'),
    };
    actions[command]();
  }

  #print(perPage: string) {
    document.documentElement.dataset['print'] = perPage;
    window.print();
  }

  #toggle(selector: string, force?: boolean): boolean {
    const el = this.querySelector<HTMLElement>(selector);
    if (!el) return false;
    el.hidden = force === undefined ? !el.hidden : !force;
    return !el.hidden;
  }

  #toggleOverview(force?: boolean) {
    const open = this.#toggle('[data-overview]', force);
    if (open) this.querySelector<HTMLButtonElement>(`[data-jump="${this.#index + 1}"]`)?.focus();
  }

  #fullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  #bindControls() {
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
      if (!button) return;
      const command = button.dataset['command'] as CommandId | undefined;
      if (command) this.#run(command);
      const jump = button.dataset['jump'];
      if (jump) {
        this.#toggleOverview(false);
        this.#show(Number(jump) - 1, 0, true);
        this.#slides[this.#index]?.focus();
      }
      const seconds = Number(button.dataset['countdown'] ?? 0);
      if (seconds) this.#countdown(button, seconds);
    });
  }

  #countdown(button: HTMLButtonElement, seconds: number) {
    const display = button.parentElement?.querySelector<HTMLElement>('[data-countdown-display]');
    if (!display) return;
    const end = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      display.textContent = left ? clockText(left) : this.#t('deck.timeUp');
      if (left && display.isConnected) setTimeout(tick, 1000);
    };
    tick();
  }

  #bindSwipe() {
    let startX: number | undefined;
    this.addEventListener('pointerdown', (e) => (startX = e.pointerType === 'mouse' ? undefined : e.clientX));
    this.addEventListener('pointerup', (e) => {
      if (startX === undefined) return;
      const dx = e.clientX - startX;
      if (Math.abs(dx) > 50) dx < 0 ? this.#next() : this.#prev();
      startX = undefined;
    });
  }

  #startPresenter() {
    const presenter = this.querySelector<HTMLElement>('[data-presenter]');
    if (presenter) presenter.hidden = false;
    const clock = this.querySelector('[data-clock]');
    const elapsed = this.querySelector('[data-elapsed]');
    const tick = () => {
      if (clock) clock.textContent = new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
      if (elapsed) elapsed.textContent = clockText(Math.floor((Date.now() - this.#started) / 1000));
    };
    tick();
    setInterval(tick, 1000);
  }

  /** The presenter view shows copies of the current and next slide beside the notes. */
  #renderPresenter() {
    const copy = (slide: HTMLElement | undefined) => {
      if (!slide) return [];
      const clone = slide.cloneNode(true) as HTMLElement;
      clone.removeAttribute('id');
      clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      clone.setAttribute('aria-hidden', 'true');
      clone.inert = true;
      return [clone];
    };
    this.querySelector('[data-pane="now"]')?.replaceChildren(...copy(this.#slides[this.#index]));
    this.querySelector('[data-pane="next"]')?.replaceChildren(...copy(this.#slides[this.#index + 1]));
    this.#fitShown();
    const notes = this.querySelector<HTMLElement>('[data-notes]');
    const source = this.#slides[this.#index]?.querySelector('.slide__notes');
    if (notes) {
      if (source?.innerHTML.trim()) notes.innerHTML = source.innerHTML;
      else notes.textContent = this.#t('deck.noNotes');
    }
    // On a question slide the notes hold the answer key, and the presenter reveals it from here.
    const question = this.#slides[this.#index]?.querySelector('[data-qslide]');
    const reveal = this.querySelector<HTMLButtonElement>('[data-presenter-answer]');
    if (reveal) reveal.hidden = !question || question.hasAttribute('data-revealed');
  }
}

customElements.define('bb-deck', Deck);
