/**
 * The simulator's implementation: the simulated account ({@code SimState}), the notification dispatcher, the HTTP
 * endpoints. Not an API.
 */
package dev.lvb.simulator.internal;
