package dev.godwit.jpa.entities;

import jakarta.persistence.Entity;

@Entity
public class FaqArticle extends Article {
    private String question;
}
