"""Generate large valid Rust programs for the scaling benchmark.

    python bench/gen_large.py LINES [OUT.rs]       # many small functions, ~LINES lines
    python bench/gen_large.py --worst STMTS [OUT.rs]  # one function, STMTS statements

`program(lines)` repeats a few function templates (moves, borrows, loops, matches, method
calls on Vec/String/HashMap, structs with methods, Option/Result, closures) with fresh names
until the program reaches `lines` lines; `main` calls every function. `worst_case(stmts)`
is one function keeping hundreds of shared borrows alive across thousands of statements.
Every program compiles with rustc (bench/run.py checks that before timing).
"""
from __future__ import annotations

import sys

HEADER = """use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i64,
    y: i64,
}

impl Point {
    fn new(x: i64, y: i64) -> Point {
        Point { x, y }
    }
    fn norm1(&self) -> i64 {
        self.x.abs() + self.y.abs()
    }
    fn shift(&mut self, dx: i64) {
        self.x += dx;
    }
}

#[derive(Debug)]
enum Shape {
    Circle(i64),
    Rect { w: i64, h: i64 },
    Empty,
}

struct Inventory {
    names: Vec<String>,
    counts: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { names: Vec::new(), counts: HashMap::new() }
    }
    fn add(&mut self, name: &str) {
        self.names.push(name.to_string());
        *self.counts.entry(name.to_string()).or_insert(0) += 1;
    }
    fn longest(&self) -> Option<&String> {
        self.names.iter().max_by_key(|n| n.len())
    }
}

fn area(s: &Shape) -> i64 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

"""

TEMPLATES = [
    # moves and borrows of String / Vec, a loop, a match on Option
    """fn strings_{i}(seed: u32) -> usize {{
    let mut words: Vec<String> = Vec::new();
    for k in 0..(seed % 7 + 3) {{
        let w = format!("w{{}}_{i}", k);
        words.push(w);
    }}
    let first = words[0].clone();
    let moved = words;
    let total: usize = moved.iter().map(|w| w.len()).sum();
    let longest = moved.iter().max_by_key(|w| w.len());
    match longest {{
        Some(w) if w.len() > first.len() => total + w.len(),
        Some(_) => total,
        None => 0,
    }}
}}
""",
    # structs, &mut methods, matches on an enum, a while loop
    """fn points_{i}(n: i64) -> i64 {{
    let mut p = Point::new(n, -n);
    let mut acc = 0;
    let mut k = 0;
    while k < 4 {{
        p.shift(k);
        let r = &p;
        acc += r.norm1();
        k += 1;
    }}
    let shapes = vec![Shape::Circle(n % 5), Shape::Rect {{ w: 2, h: k }}, Shape::Empty];
    for s in &shapes {{
        acc += area(s);
    }}
    if let Some(Shape::Rect {{ w, .. }}) = shapes.get(1) {{
        acc += *w;
    }}
    acc
}}
""",
    # HashMap entry API, slices, Result and `?`
    """fn inventory_{i}(items: &[&str]) -> Result<u32, String> {{
    let mut inv = Inventory::new();
    for name in items {{
        inv.add(name);
    }}
    let best = inv.longest().cloned().ok_or_else(|| String::from("empty"))?;
    let count = inv.counts.get(&best).copied().unwrap_or(0);
    let mut sorted = inv.names.clone();
    sorted.sort();
    sorted.dedup();
    if sorted.is_empty() {{
        return Err(format!("no items in {i}"));
    }}
    Ok(count + sorted.len() as u32)
}}
""",
    # closures, iterator chains, mutable borrows that end (NLL), Box
    """fn numbers_{i}(limit: u64) -> u64 {{
    let mut v: Vec<u64> = (1..=limit % 20 + 5).collect();
    let last = v.last().copied().unwrap_or(0);
    v.push(last * 2);
    let evens: Vec<u64> = v.iter().filter(|x| **x % 2 == 0).map(|x| *x).collect();
    let mut sum = 0;
    for e in evens.iter() {{
        sum += e;
    }}
    let m = &mut v;
    m.retain(|x| x % 3 != 0);
    let boxed: Box<Vec<u64>> = Box::new(v);
    let doubled = boxed.iter().map(|x| x * 2).fold(0, |a, b| a + b);
    sum + doubled + {i}
}}
""",
]

MAIN_CALLS = [
    "    total += strings_{i}({i}) as i64;\n",
    "    total += points_{i}({i});\n",
    "    total += inventory_{i}(&[\"a\", \"bb\", \"ccc\"]).unwrap_or(0) as i64;\n",
    "    total += numbers_{i}({i}) as i64;\n",
]


def program(lines: int) -> str:
    parts = [HEADER]
    calls = []
    count = HEADER.count("\n") + 4
    i = 0
    while count < lines:
        t = i % len(TEMPLATES)
        text = TEMPLATES[t].format(i=i) + "\n"
        parts.append(text)
        calls.append(MAIN_CALLS[t].format(i=i))
        count += text.count("\n") + 1  # + its call in main
        i += 1
    parts.append("fn main() {\n    let mut total: i64 = 0;\n")
    parts.extend(calls)
    parts.append('    println!("{}", total);\n}\n')
    return "".join(parts)


def worst_case(stmts: int, live: int = 300) -> str:
    """One fn: `live` Strings, a shared borrow of each kept alive to the end, and the rest
    of the statements reading through those borrows and mutating an unrelated counter."""
    out = ["fn main() {\n"]
    for k in range(live):
        out.append(f"    let s{k} = String::from(\"v{k}\");\n")
    for k in range(live):
        out.append(f"    let r{k} = &s{k};\n")
    out.append("    let mut acc: usize = 0;\n")
    n = max(stmts - 2 * live - 2, 0)
    for k in range(n):
        j = k % live
        if k % 3 == 0:
            out.append(f"    acc += r{j}.len();\n")
        elif k % 3 == 1:
            out.append(f"    if r{j}.is_empty() {{ acc += 1; }}\n")
        else:
            out.append(f"    let t{k} = r{j}.as_str(); acc += t{k}.len();\n")
    out.append("    let all = [" + ", ".join(f"r{k}" for k in range(live)) + "];\n")
    out.append("    println!(\"{} {}\", acc, all.len());\n}\n")
    return "".join(out)


def main(argv: list) -> None:
    if argv and argv[0] == "--worst":
        text = worst_case(int(argv[1]))
        argv = argv[2:]
    else:
        text = program(int(argv[0]))
        argv = argv[1:]
    if argv:
        with open(argv[0], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
