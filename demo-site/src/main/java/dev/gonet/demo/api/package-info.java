/**
 * The demo server's HTTP API under {@code /api/}: small, bounded endpoints that the fetch demos
 * and the browser tests call to see what a client sent (method, header fields, body) and to get
 * every kind of answer a client must handle (statuses, redirect chains, large, streamed, gated,
 * stalled and compressed bodies, CORS). Not a general-purpose service: every size and wait a
 * caller chooses is capped.
 */
package dev.gonet.demo.api;
