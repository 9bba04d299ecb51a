import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Makes `#id` links reach elements inside a shadow root. A browser looks a URL fragment up in the
 * document only, never in shadow trees, so `page.html#model-drift` or a table-of-contents link to
 * `#key-findings` would go nowhere. This controller looks the fragment up in its host's shadow
 * root: once the target has rendered (the page may load with the fragment already in the URL), on
 * every `hashchange`, and on demand through `reveal()` for links inside the shadow root. A found
 * target is scrolled into view, marked `data-targeted` (the stand-in for `:target`, which does not
 * match in shadow trees) and, when the reader navigated to it, focused, so that the next Tab
 * continues from there as it would after a native fragment jump.
 */
export class FragmentTargets implements ReactiveController {
  private awaitingInitialTarget = true;
  private current?: Element;
  private readonly onHashChange = () => this.reveal(this.hashId());

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    // The target may render only later (after a dataset loads): keep looking until it has.
    const target = this.awaitingInitialTarget ? this.mark(this.hashId()) : undefined;
    if (!target) return;
    this.awaitingInitialTarget = false;
    // Elements inside the shadow root render after this update and push the target down: scroll
    // once they have (their updates are microtasks, all done before the next frame).
    requestAnimationFrame(() => target.scrollIntoView({ block: 'start' }));
  }

  /**
   * A click listener for `#id` links in the host's shadow root (a table of contents, an index), where the
   * browser does not look: reveals the clicked link's target. One copy for every host that has such links.
   */
  readonly onLinkClick = (event: Event): void => {
    const href = (event.target as Element).closest('a')?.getAttribute('href');
    if (href?.startsWith('#')) this.reveal(href.slice(1));
  };

  /**
   * Scrolls to the element with this id in the host's shadow root and focuses it. One that is not there
   * while the host has an update pending (a link followed while the profile page fills in) is revealed
   * once the host has updated.
   */
  reveal(id: string | undefined): void {
    const target = this.mark(id);
    if (!target) {
      if (this.host.isUpdatePending) void this.host.updateComplete.then(() => this.reveal(id));
      return;
    }
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    (target as HTMLElement).focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  /** Marks the element with this id in the host's shadow root as the target, and returns it. */
  private mark(id: string | undefined): Element | undefined {
    const root = this.host.renderRoot as ShadowRoot | undefined;
    const target = id ? root?.getElementById?.(id) : null;
    if (!target) return undefined;
    this.current?.removeAttribute('data-targeted');
    target.setAttribute('data-targeted', '');
    this.current = target;
    return target;
  }

  private hashId(): string | undefined {
    const hash = window.location.hash.slice(1);
    try {
      return decodeURIComponent(hash) || undefined;
    } catch {
      return hash || undefined; // a malformed %-escape: use the fragment as written
    }
  }
}
