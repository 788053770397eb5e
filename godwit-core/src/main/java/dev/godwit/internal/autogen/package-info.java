/**
 * Autogenerate: reads the live schema ({@code inspect}), loads the desired one ({@code model}),
 * compares them both ways ({@code diff}) and renders the upgrade and downgrade ({@code render}).
 * This package only wires those steps together and decides which tables take part.
 */
package dev.godwit.internal.autogen;
