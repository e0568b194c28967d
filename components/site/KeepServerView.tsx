"use client";

import { Component, type ReactNode } from "react";

/**
 * Around the notFound() that gives a page its 404 status: in the browser it renders nothing
 * instead of letting Next swap the server's not-found page (header, nearest page) for the
 * segment's not-found.tsx, which cannot know the requested address.
 */
export class KeepServerView extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false };

  static getDerivedStateFromError() {
    return { caught: true };
  }

  render() {
    return this.state.caught ? null : this.props.children;
  }
}
