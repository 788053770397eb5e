#!/usr/bin/env python3
"""Writes N JPA entities (package bench.jpa.model) for the JPA-model benchmark (bench/jpa.sh).

Each entity E0001..E{N}: an identity key, a unique code, a name, an amount, a timestamp, an enum
status, two indexes (one of two columns), a many-to-one to the entity before it and every third a
second many-to-one further back; every tenth has a many-to-many (a join table) to the one before.

    bench/jpa_gen.py --n 200 --out /tmp/godwit-bench-jpa/src
"""
import argparse
import pathlib

PKG = "bench.jpa.model"

STATUS = """package bench.jpa.model;

public enum Status { NEW, OPEN, CLOSED }
"""


def entity(i: int) -> str:
    name = f"E{i:04d}"
    rel = []
    if i > 1:
        rel.append(f"    @ManyToOne(fetch = FetchType.LAZY)\n    private E{i - 1:04d} previous;\n")
    if i > 3 and i % 3 == 0:
        rel.append(f"    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"parent_id\")\n"
                   f"    private E{i // 2:04d} parent;\n")
    if i > 1 and i % 10 == 0:
        rel.append(f"    @ManyToMany\n    private java.util.Set<E{i - 1:04d}> related = new java.util.HashSet<>();\n")
    return f"""package {PKG};

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "e{i:04d}", indexes = {{
        @Index(name = "ix_e{i:04d}_name", columnList = "name"),
        @Index(name = "ix_e{i:04d}_created_code", columnList = "createdAt, code")}})
public class {name} {{
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(length = 200)
    private String name;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Status status;

{chr(10).join(rel)}}}
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    folder = pathlib.Path(args.out) / PKG.replace(".", "/")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Status.java").write_text(STATUS)
    for i in range(1, args.n + 1):
        (folder / f"E{i:04d}.java").write_text(entity(i))
    print(f"{args.n} entities in {folder}")


if __name__ == "__main__":
    main()
