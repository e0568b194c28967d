/**
 * The address readers may also write to about accessibility and privacy (CONTACT_EMAIL), or null.
 * There is no default: an address made up from the host (contact@127.0.0.1) or an example domain
 * would be a dead end for a reader. Without it the pages point to the contact form, which every
 * deployment has. Read when the static pages are built: set it for `next build` as well.
 */
export function contactEmail(): string | null {
  const email = process.env.CONTACT_EMAIL?.trim();
  return email ? email : null;
}

/**
 * Who publishes this deployment of the portal and is the controller of what readers send
 * (PUBLISHER_NAME), or null. The privacy page and the About page name it; there is no default,
 * since a made-up publisher would be false. Read when the static pages are built.
 */
export function publisherName(): string | null {
  const name = process.env.PUBLISHER_NAME?.trim();
  return name ? name : null;
}
