/** The shop's JPA entities: Godwit's model (`model = "jpa:com.example.shop.model"` in godwit.toml). */
package com.example.shop.model;
