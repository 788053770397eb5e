package dev.godwit.examples.helpdesk;

public enum Status { OPEN, PENDING, RESOLVED, CLOSED }
