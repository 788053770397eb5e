package dev.godwit.jpa.entities;

public enum Priority { LOW, NORMAL, HIGH, URGENT }
