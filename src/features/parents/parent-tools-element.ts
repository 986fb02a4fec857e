import { ASSET_CACHE, PAGE_CACHE } from '~/features/offline/cache-names';
import { readStrings } from '~/client/strings';
import { splitSentences } from './sentences';
import type { ParentKey } from './strings';
import { chooseTextSize, currentTextSize, TEXT_SIZE_EVENT, TEXT_SIZES, type TextSize } from '~/client/text-size';

class TextSizeControl extends HTMLElement {
  connectedCallback() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-size]')];
    const sync = () =>
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['size'] === currentTextSize())));
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const size = TEXT_SIZES.find((s) => s === button.dataset['size']) as TextSize;
        chooseTextSize(size);
        sync();
      });
      button.disabled = false;
    }
    document.addEventListener(TEXT_SIZE_EVENT, sync);
    sync();
  }
}

/** Reads the parent text aloud in a Dutch voice, sentence by sentence, highlighting the sentence being read. */
class ReadAloud extends HTMLElement {
  #sentences: HTMLElement[] = [];
  #index = 0;
  #state: 'idle' | 'playing' | 'paused' = 'idle';

  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    const ready = () => {
      if (!this.#voice()) return;
      this.hidden = false;
      this.querySelectorAll('button').forEach((b) => (b.disabled = false));
    };
    ready();
    speechSynthesis.addEventListener('voiceschanged', ready);
    this.querySelector('[data-action="play"]')?.addEventListener('click', () => this.#toggle());
    this.querySelector('[data-action="stop"]')?.addEventListener('click', () => this.#stop());
    window.addEventListener('pagehide', () => speechSynthesis.cancel());
  }

  #voice(): SpeechSynthesisVoice | undefined {
    const voices = speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('nl'));
    return voices.find((v) => v.lang.toLowerCase() === 'nl-nl') ?? voices[0];
  }

  /** Wraps every sentence of the text in a span once, so the one being read can be highlighted. */
  #prepare(): void {
    if (this.#sentences.length) return;
    const root = document.querySelector(this.dataset['target'] ?? 'main');
    if (!root) return;
    for (const block of root.querySelectorAll<HTMLElement>('h2, h3, p, li')) {
      if (block.closest('.eyebrow') || block.classList.contains('eyebrow')) continue;
      const parts = splitSentences(block.textContent ?? '');
      block.replaceChildren(
        ...parts.flatMap((text, i) => {
          const span = document.createElement('span');
          span.className = 'reading-sentence';
          span.textContent = text;
          this.#sentences.push(span);
          return i ? [' ', span] : [span];
        }),
      );
    }
  }

  #toggle(): void {
    if (this.#state === 'playing') {
      speechSynthesis.pause();
      this.#setState('paused');
    } else if (this.#state === 'paused') {
      speechSynthesis.resume();
      this.#setState('playing');
    } else {
      this.#prepare();
      this.#index = 0;
      this.#setState('playing');
      this.#speak();
    }
  }

  #speak(): void {
    const sentence = this.#sentences[this.#index];
    this.#sentences.forEach((s) => s.classList.toggle('is-reading', s === sentence));
    if (!sentence || this.#state === 'idle') return this.#stop();
    const utterance = new SpeechSynthesisUtterance(sentence.textContent ?? '');
    const voice = this.#voice();
    utterance.lang = voice?.lang ?? 'nl-NL';
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // Some engines hand out voice objects they will not take back; the language alone still picks Dutch.
    }
    utterance.rate = 0.9;
    utterance.onend = () => {
      if (this.#state === 'idle') return;
      this.#index++;
      this.#speak();
    };
    speechSynthesis.speak(utterance);
  }

  #stop(): void {
    this.#setState('idle');
    speechSynthesis.cancel();
    this.#sentences.forEach((s) => s.classList.remove('is-reading'));
  }

  #setState(state: 'idle' | 'playing' | 'paused'): void {
    this.#state = state;
    const label = this.querySelector('[data-label]');
    const key = state === 'playing' ? 'readAloud.pause' : state === 'paused' ? 'readAloud.resume' : 'readAloud.play';
    if (label) label.textContent = readStrings<ParentKey>(this)(key);
    this.querySelector('[data-action="play"]')?.setAttribute('aria-pressed', String(state === 'playing'));
  }
}

/** "Bewaar voor offline": puts this page and what it needs in the offline cache of the service worker. */
class OfflineSave extends HTMLElement {
  connectedCallback() {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    const button = this.querySelector('button');
    const status = this.querySelector('[data-status]');
    if (!button || !status) return;
    const t = readStrings<ParentKey>(this);
    button.addEventListener('click', async () => {
      status.textContent = t('offline.saving');
      const assets = [
        ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
          'link[rel="stylesheet"][href], script[src], link[rel="icon"]',
        ),
      ].map((el) => ('href' in el && el.href) || (el as HTMLScriptElement).src);
      try {
        await (await caches.open(PAGE_CACHE)).add(location.pathname);
        await (await caches.open(ASSET_CACHE)).addAll(assets.filter((u) => new URL(u).origin === location.origin));
        status.textContent = t('offline.saved');
      } catch {
        status.textContent = t('offline.failed');
      }
    });
    this.hidden = false;
    button.disabled = false;
  }
}

customElements.define('bb-text-size', TextSizeControl);
customElements.define('bb-read-aloud', ReadAloud);
customElements.define('bb-offline-save', OfflineSave);
