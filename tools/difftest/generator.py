"""Random small Rust programs about ownership and borrowing, reproducible from a seed.

A program is `main` made of 2-4 *episodes*: short self-contained stories over fresh
variables (a Vec that is borrowed then pushed to, a String moved into a function, a
closure that captures a counter, ...). Each episode kind can be written *safely* or with
its *hazard* (the late use after the conflicting access, the missing `mut`, the inner
scope that ends too early, a second RefCell borrow that panics at run time). At most one episode per program gets its hazard, with
probability `HAZARD_RATE`, so about half the programs are rejected by rustc and each
rejected one has a single mistake. Parts of an episode are wrapped at random in
if / for / while / loop / match / blocks, so control flow varies; the generator does not
decide validity: rustc labels every program.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

HAZARD_RATE = 0.55

# item definitions an episode may need, emitted once each above main in this order
HELPERS = {
    "Item": """#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: i32,
}

impl Item {
    fn new(name: &str, qty: i32) -> Item {
        Item { name: name.to_string(), qty }
    }
    fn label(&self) -> &str {
        &self.name
    }
    fn restock(&mut self, n: i32) {
        self.qty += n;
    }
    fn into_name(self) -> String {
        self.name
    }
}""",
    "total": """fn total(v: &Vec<i32>) -> i32 {
    v.iter().sum()
}""",
    "total/fold": """fn total(v: &Vec<i32>) -> i32 {
    v.iter().fold(0, |acc, x| acc + x)
}""",
    "push_val": """fn push_val(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}""",
    "consume": """fn consume(v: Vec<i32>) -> usize {
    v.len()
}""",
    "shout": """fn shout(s: String) -> String {
    s.to_uppercase()
}""",
    "longest": """fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}""",
    "first_of": """fn first_of(v: &Vec<i32>) -> &i32 {
    &v[0]
}""",
    "biggest": """fn biggest(v: &mut Vec<i32>) -> &mut i32 {
    v.iter_mut().max().unwrap()
}""",
    "biggest/index": """fn biggest(v: &mut Vec<i32>) -> &mut i32 {
    let mut best = 0;
    for i in 1..v.len() {
        if v[i] > v[best] {
            best = i;
        }
    }
    &mut v[best]
}""",
    "View": """struct View<'a> {
    items: &'a [i32],
}

impl<'a> View<'a> {
    fn top(&self) -> Option<&'a i32> {
        self.items.iter().max()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}""",
    "pick": """fn pick<'a>(a: &'a str, b: &str) -> &'a str {
    if b.is_empty() { "" } else { a }
}""",
    "evens": """fn evens(v: &Vec<i32>) -> impl Iterator<Item = &i32> + '_ {
    v.iter().filter(|x| *x % 2 == 0)
}""",
    "Pair": """#[derive(Debug)]
struct Pair {
    tag: String,
    vals: Vec<i32>,
}

impl Pair {
    fn new(tag: &str) -> Pair {
        Pair { tag: tag.to_string(), vals: vec![1, 2] }
    }
    fn size(&self) -> usize {
        self.vals.len()
    }
    fn add(&mut self, x: i32) {
        self.vals.push(x);
    }
}""",
    "Guard": """struct Guard<'a> {
    seen: &'a Vec<i32>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard saw {}", self.seen.len());
    }
}""",
    "merge": """fn merge(dst: &mut Vec<i32>, src: &Vec<i32>) {
    for x in src {
        dst.push(*x);
    }
}""",
}

VEC_NAMES = ["scores", "prices", "ids", "queue", "readings", "counts", "heights", "stock"]
STR_NAMES = ["name", "title", "label", "msg", "greeting", "word", "line", "city"]
INT_NAMES = ["count", "total", "limit", "level", "step", "budget", "points"]
REF_NAMES = ["first", "top", "r", "view", "head", "best", "peek"]
WORDS = ["alpha", "beta", "gamma", "delta", "omega", "kiwi", "plum", "fig"]


@dataclass
class Program:
    """One generated program: its helpers and its episodes (lists of lines in main)."""

    seed: int
    helpers: list = field(default_factory=list)
    episodes: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    hazard_kind: str | None = None

    def source(self, keep=None) -> str:
        """The program's text; `keep` (episode indexes) drops the other episodes."""
        chosen = [ep for i, ep in enumerate(self.episodes) if keep is None or i in keep]
        kinds = ", ".join(k for i, k in enumerate(self.kinds) if keep is None or i in keep)
        body = "\n".join(line for ep in chosen for line in ep)
        out = [f"// difftest seed {self.seed}: {kinds}"]
        for key, text in HELPERS.items():
            name = key.split("/")[0]
            if key in self.helpers and any(name + tail in body for tail in ("(", "::", " {")):
                out += [text, ""]
        out.append("fn main() {")
        out.append("    let rounds = 3;")
        for ep in chosen:
            out += ["    " + line if line else "" for line in ep]
        out.append("}")
        return "\n".join(out) + "\n"


class Gen:
    """Random choices and fresh names for one program."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set = set()
        self.helpers: list = []

    def name(self, pool) -> str:
        base = self.rng.choice(pool)
        name, n = base, 2
        while name in self.used:
            name, n = f"{base}{n}", n + 1
        self.used.add(name)
        return name

    def need(self, helper: str) -> None:
        """Use helper item `helper`, in one of its spellings (`name/variant` keys), once."""
        if any(h.split("/")[0] == helper for h in self.helpers):
            return
        variants = [k for k in HELPERS if k.split("/")[0] == helper]
        self.helpers.append(self.pick(variants))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options):
        return self.rng.choice(options)

    def ints(self, n: int = 3) -> str:
        return ", ".join(str(self.rng.randint(1, 40)) for _ in range(n))

    def word(self) -> str:
        return self.pick(WORDS)

    def wrap(self, lines: list, p: float = 0.35) -> list:
        """`lines` (statements without lets visible later) inside some control flow, or as is."""
        if not self.chance(p):
            return lines
        body = ["    " + line for line in lines]
        shape = self.pick(["if", "ifelse", "for", "while", "loop", "match", "block"])
        if shape == "if":
            return ["if rounds > 2 {"] + body + ["}"]
        if shape == "ifelse":
            return ["if rounds > 5 {", '    println!("skip");', "} else {"] + body + ["}"]
        if shape == "for":
            return ["for _ in 0..2 {"] + body + ["}"]
        if shape == "while":
            k = self.name(["k", "i", "n"])
            return [f"let mut {k} = 0;", f"while {k} < 2 {{"] + body + [f"    {k} += 1;", "}"]
        if shape == "loop":
            return ["loop {"] + body + ["    break;", "}"]
        if shape == "match":
            return ["match rounds {", "    0 => {}", "    _ => {"] + ["    " + b for b in body] + ["    }", "}"]
        return ["{"] + body + ["}"]


# Each episode writer: (g, hazard) -> lines. With hazard=False it writes the near miss.

def ep_push_while_ref(g: Gen, hazard: bool) -> list:
    v, r = g.name(VEC_NAMES), g.name(REF_NAMES)
    take = g.pick([f"&{v}[0]", f"{v}.first().unwrap()", f"{v}.iter().max().unwrap()",
                   f"{v}.last().unwrap()", f"&{v}"])
    mutate = g.pick([f"{v}.push({g.ints(1)});", f"{v}.clear();", f"{v}.sort();",
                     f"{v}.insert(0, {g.ints(1)});", f"{v}[0] = {g.ints(1)};", f"{v}.retain(|x| *x > 3);"])
    if g.chance(0.2):
        g.need("first_of")
        take = f"first_of(&{v})"
    if g.chance(0.2):
        g.need("push_val")
        mutate = f"push_val(&mut {v}, {g.ints(1)});"
    use = f'println!("{r} = {{:?}}", {r});'
    lines = [f"let mut {v} = vec![{g.ints()}];", f"let {r} = {take};"]
    if hazard:
        lines += g.wrap([mutate]) + g.wrap([use])
    else:
        lines += g.wrap([use]) + g.wrap([mutate])
    return lines + [f'println!("{v} = {{:?}}", {v});']


def ep_string_view(g: Gen, hazard: bool) -> list:
    s, r = g.name(STR_NAMES), g.name(REF_NAMES)
    take = g.pick([f"{s}.as_str()", f"&{s}[0..2]", f"&{s}", f"{s}.trim()",
                   f"{s}.split(' ').next().unwrap()"])
    mutate = g.pick([f'{s}.push_str(" {g.word()}");', f"{s}.clear();", f"{s}.push('!');",
                     f'{s} = String::from("{g.word()}");', f"{s}.make_ascii_uppercase();"])
    use = f'println!("{r}: {{}}", {r});'
    lines = [f'let mut {s} = String::from("{g.word()} {g.word()}");', f"let {r} = {take};"]
    lines += (g.wrap([mutate]) + g.wrap([use])) if hazard else (g.wrap([use]) + g.wrap([mutate]))
    return lines + [f'println!("{{}}", {s});']


def ep_use_after_move(g: Gen, hazard: bool) -> list:
    kind = g.pick(["string", "vec", "item"])
    if kind == "string":
        a, b = g.name(STR_NAMES), g.name(STR_NAMES)
        lines = [f'let {a} = String::from("{g.word()}");']
        move = g.pick([f"let {b} = {a};", f"let {b} = shout({a});", f"let {b} = vec![{a}];",
                       f"let {b} = Some({a});"])
        if "shout" in move:
            g.need("shout")
        if not hazard and g.chance(0.5):
            move = move.replace(f"{a})", f"{a}.clone())").replace(f"= {a};", f"= {a}.clone();").replace(
                f"[{a}]", f"[{a}.clone()]")
            late = f'println!("{{}} {{:?}}", {a}, {b});'
        elif hazard:
            late = f'println!("{{}} {{:?}}", {a}, {b});'
        else:
            late = f'println!("{{:?}}", {b});'
        return lines + [move] + g.wrap([late])
    if kind == "vec":
        a = g.name(VEC_NAMES)
        g.need("consume")
        n = g.name(INT_NAMES)
        lines = [f"let {a} = vec![{g.ints()}];"]
        call = f"consume({a})" if hazard or g.chance(0.4) else f"consume({a}.clone())"
        if hazard and g.chance(0.4):
            # the move inside a loop is the mistake
            return lines + [f"let mut {n} = 0;", "for _ in 0..2 {", f"    {n} += {call};", "}",
                            f'println!("{{}}", {n});']
        lines += [f"let {n} = {call};"]
        late = f'println!("{{}} {{:?}}", {n}, {a});' if hazard or "clone" in call else f'println!("{{}}", {n});'
        return lines + g.wrap([late])
    g.need("Item")
    it, s = g.name(["apple", "widget", "bolt", "lamp"]), g.name(STR_NAMES)
    lines = [f'let {it} = Item::new("{g.word()}", {g.ints(1)});']
    if hazard:
        how = g.pick([f"let {s} = {it}.into_name();", f"let {s} = {it}.name;"])
        late = g.pick([f'println!("{{}} {{}}", {s}, {it}.qty);', f'println!("{{}} {{:?}}", {s}, {it});',
                       f'println!("{{}} {{}}", {s}, {it}.label());'])
        if "name;" in how and "qty" in late:
            late = f'println!("{{}} {{}}", {s}, {it}.label());'
    else:
        how = g.pick([f"let {s} = {it}.clone().into_name();", f"let {s} = {it}.name.clone();",
                      f"let {s} = {it}.name;"])
        late = f'println!("{{}} {{}}", {s}, {it}.qty);'
    return lines + [how] + g.wrap([late])


def ep_two_mut(g: Gen, hazard: bool) -> list:
    v, a, b = g.name(VEC_NAMES), g.name(REF_NAMES), g.name(REF_NAMES)
    lines = [f"let mut {v} = vec![{g.ints()}];", f"let {a} = &mut {v};"]
    if g.chance(0.4):
        g.need("biggest")
        lines[-1] = f"let {a} = biggest(&mut {v});"
        use_a = f"*{a} += 1;"
    else:
        use_a = f"{a}.push({g.ints(1)});"
    second = g.pick([f"let {b} = &mut {v};", f"let {b} = &{v};"])
    use_b = f'println!("{{:?}}", {b});'
    if hazard:
        lines += [second] + g.wrap([use_a]) + [use_b]
    else:
        lines += g.wrap([use_a]) + [second, use_b]
    return lines


def ep_assign_while_borrowed(g: Gen, hazard: bool) -> list:
    n, r = g.name(INT_NAMES), g.name(REF_NAMES)
    lines = [f"let mut {n} = {g.ints(1)};", f"let {r} = &{n};"]
    assign = g.pick([f"{n} = {g.ints(1)};", f"{n} += 1;", f"{n} *= 2;"])
    use = f'println!("{r} = {{}}", {r});'
    lines += (g.wrap([assign]) + [use]) if hazard else ([use] + g.wrap([assign]))
    return lines + [f'println!("{n} = {{}}", {n});']


def ep_move_while_borrowed(g: Gen, hazard: bool) -> list:
    s, r, t = g.name(STR_NAMES), g.name(REF_NAMES), g.name(STR_NAMES)
    lines = [f'let {s} = String::from("{g.word()}");', f"let {r} = &{s};"]
    move = g.pick([f"let {t} = {s};", f"let {t} = vec![{s}];", f"drop({s});"])
    use = f'println!("{r} = {{}}", {r});'
    tail = [] if move.startswith("drop") else [f'println!("{{:?}}", {t});']
    if hazard:
        return lines + [move, use] + tail
    return lines + [use, move] + tail


def ep_scope_too_short(g: Gen, hazard: bool) -> list:
    r, x = g.name(REF_NAMES), g.name(STR_NAMES)
    kind = g.pick(["direct", "longest", "vec"])
    if kind == "longest":
        g.need("longest")
        a = g.name(STR_NAMES)
        lines = [f'let {a} = String::from("{g.word()}");', f"let {r};", "{",
                 f'    let {x} = String::from("{g.word()}{g.word()}");',
                 f"    {r} = longest({a}.as_str(), {x}.as_str());"]
    elif kind == "vec":
        lines = [f"let mut {r}: Vec<&String> = Vec::new();", "{",
                 f'    let {x} = String::from("{g.word()}");', f"    {r}.push(&{x});"]
    else:
        lines = [f"let {r};", "{", f'    let {x} = String::from("{g.word()}");', f"    {r} = &{x};"]
    use = f'println!("{r} = {{:?}}", {r});'
    if hazard:
        return lines + ["}", use]
    return lines + ["    " + use, "}"]


def ep_not_mut(g: Gen, hazard: bool) -> list:
    kind = g.pick(["vec", "int", "item", "ref"])
    mut = "" if hazard else "mut "
    if kind == "vec":
        v = g.name(VEC_NAMES)
        return [f"let {mut}{v} = Vec::new();"] + g.wrap([f"{v}.push({g.ints(1)});"]) + [
            f'println!("{{:?}}", {v});']
    if kind == "int":
        n = g.name(INT_NAMES)
        return [f"let {mut}{n} = {g.ints(1)};", f'println!("{{}}", {n});'] + g.wrap(
            [f"{n} = {n} + {g.ints(1)};"]) + [f'println!("{{}}", {n});']
    if kind == "item":
        g.need("Item")
        it = g.name(["apple", "widget", "bolt", "lamp"])
        op = g.pick([f"{it}.restock({g.ints(1)});", f"{it}.qty = {g.ints(1)};"])
        return [f'let {mut}{it} = Item::new("{g.word()}", {g.ints(1)});'] + g.wrap([op]) + [
            f'println!("{{}}", {it}.qty);']
    v, r = g.name(VEC_NAMES), g.name(REF_NAMES)
    amp = "&" if hazard else "&mut "
    return [f"let mut {v} = vec![{g.ints()}];", f"let {r} = {amp}{v};"] + g.wrap(
        [f"{r}.push({g.ints(1)});"]) + [f'println!("{{:?}}", {v});']


def ep_maybe_uninit(g: Gen, hazard: bool) -> list:
    n = g.name(INT_NAMES)
    lines = [f"let {n}: i32;", "if rounds > 1 {", f"    {n} = {g.ints(1)};", "}"]
    if not hazard:
        lines[-1:] = ["} else {", f"    {n} = {g.ints(1)};", "}"]
    return lines + [f'println!("{n} = {{}}", {n});']


def ep_closure(g: Gen, hazard: bool) -> list:
    kind = g.pick(["counter", "move", "push"])
    if kind == "counter":
        n, c = g.name(INT_NAMES), g.name(["bump", "tick", "inc"])
        lines = [f"let mut {n} = 0;", f"let mut {c} = || {n} += {g.ints(1)};", f"{c}();"]
        read = f'println!("{n} = {{}}", {n});'
        return lines + ([read, f"{c}();"] if hazard else [f"{c}();", read])
    if kind == "move":
        s, c = g.name(STR_NAMES), g.name(["describe", "show", "len_of"])
        kw = "move " if hazard or g.chance(0.3) else ""
        late = f'println!("{{}} {{}}", {s}, {c}());' if hazard or not kw else f'println!("{{}}", {c}());'
        return [f'let {s} = String::from("{g.word()}");', f"let {c} = {kw}|| {s}.len();"] + g.wrap([late])
    v, c = g.name(VEC_NAMES), g.name(["add", "record", "log"])
    lines = [f"let mut {v} = vec![{g.ints(2)}];", f"let mut {c} = |x: i32| {v}.push(x);", f"{c}({g.ints(1)});"]
    read = f'println!("{{}}", {v}.len());'
    return lines + ([read, f"{c}({g.ints(1)});"] if hazard else [f"{c}({g.ints(1)});", read])


def ep_struct_method(g: Gen, hazard: bool) -> list:
    g.need("Item")
    it, r = g.name(["apple", "widget", "bolt", "lamp"]), g.name(REF_NAMES)
    lines = [f'let mut {it} = Item::new("{g.word()}", {g.ints(1)});']
    take = g.pick([f"{it}.label()", f"&{it}.name", f"&{it}"])
    mutate = g.pick([f"{it}.restock({g.ints(1)});", f"{it}.name.push('s');", f"{it}.qty += 1;",
                     f'{it}.name = String::from("{g.word()}");'])
    use = f'println!("{r} = {{:?}}", {r});'
    lines.append(f"let {r} = {take};")
    lines += (g.wrap([mutate]) + [use]) if hazard else ([use] + g.wrap([mutate]))
    return lines + [f'println!("{{}} {{}}", {it}.name, {it}.qty);']


def ep_iterate_and_mutate(g: Gen, hazard: bool) -> list:
    v = g.name(VEC_NAMES)
    x = g.name(["x", "item", "val"])
    header = g.pick([f"for {x} in &{v} {{", f"for {x} in {v}.iter() {{"])
    if hazard:
        body = [f"    if *{x} > 10 {{", f"        {v}.push(*{x} / 2);", "    }"]
    else:
        header = g.pick([f"for {x} in {v}.clone() {{", f"for {x} in {v}.iter_mut() {{"])
        body = ([f"    *{x} += 1;"] if "iter_mut" in header else
                [f"    if {x} > 10 {{", f"        {v}.push({x} / 2);", "    }"])
    return [f"let mut {v} = vec![{g.ints()}];", header] + body + ["}", f'println!("{{:?}}", {v});']


def ep_option_match(g: Gen, hazard: bool) -> list:
    v, x = g.name(VEC_NAMES), g.name(["x", "found", "hit"])
    lines = [f"let mut {v} = vec![{g.ints()}];", f"match {v}.iter().find(|n| **n > 5) {{",
             f"    Some({x}) => {{"]
    if hazard:
        lines += [f"        {v}.push(0);", f'        println!("found {{}}", {x});']
    else:
        lines += [f'        println!("found {{}}", {x});', f"        {v}.push(0);"]
    return lines + ["    }", '    None => println!("none"),', "}", f'println!("{{:?}}", {v});']


def ep_return_ref(g: Gen, hazard: bool) -> list:
    kind = g.pick(["helper_first", "merge", "biggest"])
    v, w = g.name(VEC_NAMES), g.name(VEC_NAMES)
    if kind == "merge":
        g.need("merge")
        lines = [f"let mut {v} = vec![{g.ints()}];"]
        if hazard:
            lines.append(f"merge(&mut {v}, &{v});")
        else:
            lines += [f"let {w} = {v}.clone();", f"merge(&mut {v}, &{w});"]
        return lines + [f'println!("{{:?}}", {v});']
    if kind == "biggest":
        g.need("biggest")
        r = g.name(REF_NAMES)
        lines = [f"let mut {v} = vec![{g.ints()}];", f"let {r} = biggest(&mut {v});"]
        use = f"*{r} = 0;"
        read = f'println!("{{:?}}", {v});'
        return lines + ([read, use] if hazard else [use, read])
    g.need("first_of")
    g.need("total")
    r = g.name(REF_NAMES)
    lines = [f"let mut {v} = vec![{g.ints()}];", f"let {r} = first_of(&{v});"]
    mutate = g.pick([f"{v}.push(total(&{v}));", f"{v}.clear();"])
    use = f'println!("{{}}", {r});'
    return lines + ([mutate, use] if hazard else [use, mutate]) + [f'println!("{{:?}}", {v});']


def ep_move_out_of_borrow(g: Gen, hazard: bool) -> list:
    v, s = g.name(["names", "words", "tags"]), g.name(STR_NAMES)
    lines = [f'let {v} = vec![String::from("{g.word()}"), String::from("{g.word()}")];']
    if hazard:
        lines.append(g.pick([f"let {s} = {v}[0];", f"let {s} = *{v}.first().unwrap();",
                             f"let {s} = {v}.iter().next().unwrap().to_owned(); let _x = {v}[1];"]))
    else:
        lines.append(g.pick([f"let {s} = {v}[0].clone();", f"let {s} = &{v}[0];",
                             f"let {s} = {v}.first().unwrap().to_string();"]))
    return lines + [f'println!("{{}} {{}}", {s}, {v}.len());']


def ep_temporary(g: Gen, hazard: bool) -> list:
    r = g.name(REF_NAMES)
    if hazard:
        lines = [g.pick([f'let {r}: &str = String::from("{g.word()}").as_str();',
                         f'let {r} = &String::from("{g.word()}").to_uppercase()[..];',
                         f"let {r} = vec![{g.ints()}].iter().max().unwrap();"])]
    else:
        lines = [g.pick([f'let {r} = &String::from("{g.word()}");',
                         f'let {r}: &str = &String::from("{g.word()}");',
                         f"let {r} = vec![{g.ints()}].iter().max().copied().unwrap();"])]
    return lines + [f'println!("{{}}", {r});']


def ep_element_mut_then_push(g: Gen, hazard: bool) -> list:
    g.need("Item")
    v, it = g.name(["shelf", "cart", "bin"]), g.name(["slot", "entry", "row"])
    lines = [f'let mut {v} = vec![Item::new("{g.word()}", {g.ints(1)}), Item::new("{g.word()}", {g.ints(1)})];',
             f"let {it} = &mut {v}[{g.pick(['0', '1'])}];"]
    grow = g.pick([f'{v}.push(Item::new("{g.word()}", 1));', f"{v}.swap(0, 1);", f"{v}.truncate(1);"])
    bump = g.pick([f"{it}.qty += 1;", f"{it}.restock({g.ints(1)});"])
    lines += (g.wrap([grow]) + [bump]) if hazard else ([bump] + g.wrap([grow]))
    return lines + [f'println!("{{:?}}", {v}.iter().map(|i| i.qty).collect::<Vec<_>>());']


def ep_map_lookup(g: Gen, hazard: bool) -> list:
    m, r = g.name(["stock_map", "ages", "prices_by"]), g.name(REF_NAMES)
    lines = ["let mut {} = std::collections::HashMap::new();".format(m),
             f'{m}.insert("{g.word()}", {g.ints(1)});', f'{m}.insert("key", {g.ints(1)});']
    get = g.pick([f'{m}.get("key").unwrap()', f'{m}.get_mut("key").unwrap()', f'&{m}["key"]'])
    if not hazard and g.chance(0.5):
        get = f'{m}.get("key").copied().unwrap()'
    lines.append(f"let {r} = {get};")
    change = g.pick([f'{m}.insert("new", {g.ints(1)});', f'{m}.remove("key");', f"{m}.clear();"])
    use = f'println!("{r} = {{}}", {r});'
    lines += (g.wrap([change]) + [use]) if hazard else ([use] + g.wrap([change]))
    return lines + [f'println!("{{}}", {m}.len());']


def ep_option_slot(g: Gen, hazard: bool) -> list:
    slot, r = g.name(["slot", "current", "pending"]), g.name(REF_NAMES)
    lines = [f'let mut {slot} = Some(String::from("{g.word()}"));']
    if hazard:
        lines += [g.pick([f"let {r} = {slot}.as_ref().unwrap();", f"let {r} = {slot}.as_deref().unwrap_or(\"\");",
                          f"let {r} = &{slot};"]),
                  g.pick([f"{slot}.take();", f"{slot} = None;", f'{slot}.replace(String::from("{g.word()}"));']),
                  f'println!("{{:?}}", {r});']
    else:
        lines += [g.pick([f"let {r} = {slot}.take().unwrap_or_default();", f"let {r} = {slot}.clone().unwrap();",
                          f"let {r} = {slot}.as_ref().map(|s| s.len()).unwrap_or(0);"]),
                  f'{slot} = Some(String::from("{g.word()}"));', f'println!("{{:?}}", {r});']
    return lines + [f'println!("{{:?}}", {slot});']


def ep_stack_loop(g: Gen, hazard: bool) -> list:
    st, x = g.name(["stack", "todo", "work"]), g.name(["x", "job", "top"])
    lines = [f"let mut {st} = vec![{g.ints(4)}];", f"let mut {g.name(['done', 'seen'])}_n = 0;"]
    n = lines[1].split()[2]
    if hazard:
        lines += [f"while let Some({x}) = {st}.last() {{", f"    {st}.pop();", f"    if *{x} > 30 {{",
                  f"        {st}.push(*{x} / 2);", "    }", f"    {n} += 1;", "}"]
    else:
        lines += [f"while let Some({x}) = {st}.pop() {{", f"    if {x} > 30 {{",
                  f"        {st}.push({x} / 2);", "    }", f"    {n} += 1;", "}"]
    return lines + [f'println!("{{}} steps", {n});']


def ep_refcell(g: Gen, hazard: bool) -> list:
    c, a = g.name(["cell", "shared", "board"]), g.name(["guard", "w", "first"])
    lines = [f"let {c} = std::cell::RefCell::new(vec![{g.ints(2)}]);"]
    if hazard:
        # rustc accepts this; it panics at run time (exit 101)
        lines += [f"let mut {a} = {c}.borrow_mut();", f"{a}.push({g.ints(1)});",
                  f'println!("len {{}}", {c}.borrow().len());', f"{a}.push(0);"]
    else:
        lines += ["{", f"    let mut {a} = {c}.borrow_mut();", f"    {a}.push({g.ints(1)});", "}",
                  f'println!("len {{}}", {c}.borrow().len());']
    return lines + [f'println!("{{:?}}", {c}.borrow());']


def ep_thread(g: Gen, hazard: bool) -> list:
    v, h = g.name(VEC_NAMES), g.name(["handle", "worker", "job"])
    lines = [f"let {v} = vec![{g.ints()}];"]
    kind = g.pick(["spawn", "scope"])
    if kind == "scope":
        body = [f"std::thread::scope(|s| {{", f"    s.spawn(|| println!(\"sum {{}}\", {v}.iter().sum::<i32>()));", "});"]
        late = f'println!("{{:?}}", {v});' if not hazard else f"drop({v});"
        if hazard:
            body = [f"std::thread::scope(|s| {{", f"    s.spawn(|| println!(\"sum {{}}\", {v}.iter().sum::<i32>()));",
                    f"    {late}", "});"]
            return lines + body
        return lines + body + [late]
    kw = "" if hazard else "move "
    return lines + [f"let {h} = std::thread::spawn({kw}|| {v}.iter().sum::<i32>());",
                    f'println!("sum {{}}", {h}.join().unwrap());']


def ep_box_and_consume(g: Gen, hazard: bool) -> list:
    b, s = g.name(["boxed", "packet", "parcel"]), g.name(STR_NAMES)
    lines = [f'let {b} = Box::new(String::from("{g.word()}"));']
    if hazard:
        lines += [g.pick([f"let {s} = *{b};", f"let {s} = {b};"]), f'println!("{{}} {{}}", {s}, {b}.len());']
    else:
        lines += [g.pick([f"let {s} = (*{b}).clone();", f"let {s} = {b}.to_uppercase();"]),
                  f'println!("{{}} {{}}", {s}, {b}.len());']
    return lines


def ep_consume_in_for(g: Gen, hazard: bool) -> list:
    v, out, w = g.name(["words", "names", "tags"]), g.name(["joined", "out", "buf"]), g.name(["w", "word", "t"])
    lines = [f'let {v} = vec![String::from("{g.word()}"), String::from("{g.word()}")];',
             f"let mut {out} = String::new();"]
    header = f"for {w} in {v} {{" if hazard or g.chance(0.3) else f"for {w} in &{v} {{"
    lines += [header, f"    {out}.push_str(&{w});", f"    {out}.push(' ');", "}"]
    late = f'println!("{{}} from {{}} words", {out}.trim(), {v}.len());'
    if not hazard and header.endswith(f"in {v} {{"):
        late = f'println!("{{}}", {out}.trim());'
    return lines + g.wrap([late])


def ep_lifetime_struct(g: Gen, hazard: bool) -> list:
    v, r = g.name(VEC_NAMES), g.name(REF_NAMES)
    kind = g.pick(["view", "pick", "evens", "closure"])
    lines = [f"let mut {v} = vec![{g.ints()}];"]
    if kind == "view":
        g.need("View")
        w = g.name(["view", "window", "lens"])
        lines += [f"let {w} = View {{ items: &{v} }};", f"let {r} = {w}.top();",
                  f'println!("{{}} items", {w}.len());']
        if hazard:
            return lines + [f"{v}.push(1);", f'println!("{{:?}}", {r});']
        return lines + [f'println!("{{:?}}", {r});', f"{v}.push(1);", f'println!("{{:?}}", {v});']
    if kind == "pick":
        g.need("pick")
        a, b = g.name(STR_NAMES), g.name(STR_NAMES)
        lines = [f'let {a} = String::from("{g.word()}");', f"let {r};", "{",
                 f'    let {b} = String::from("{g.word()}");']
        lines.append(f"    {r} = pick({b}.as_str(), {a}.as_str());" if hazard else
                     f"    {r} = pick({a}.as_str(), {b}.as_str());")
        return lines + ["}", f'println!("{{:?}}", {r});']
    if kind == "evens":
        g.need("evens")
        it = g.name(["it", "even", "stream"])
        lines.append(f"let mut {it} = evens(&{v});")
        first = f'println!("{{:?}}", {it}.next());'
        if hazard:
            return lines + [first, f"{v}.push(2);", f'println!("{{:?}}", {it}.next());']
        return lines + [first, f'println!("{{:?}}", {it}.count());', f"{v}.push(2);",
                        f'println!("{{:?}}", {v});']
    get = g.name(["get", "at", "nth"])
    lines.append(f"let {get} = |i: usize| &{v}[i];")
    if hazard:
        return lines + [f"let {r} = {get}(0);", f"{v}.push(*{r});", f'println!("{{}}", {get}(1));']
    return lines + [f"let {r} = *{get}(0);", f'println!("{{}}", {get}(1));', f"{v}.push({r});",
                    f'println!("{{:?}}", {v});']


def ep_str_array_iter(g: Gen, hazard: bool) -> list:
    a, out = g.name(["labels", "days", "keys"]), g.name(["lens", "upper", "tagged"])
    words = ", ".join(f'"{g.word()}"' for _ in range(3))
    expr = g.pick([f"{a}.iter().map(|w| w.len()).collect::<Vec<_>>()",
                   f"{a}.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>()",
                   f"{a}.iter().zip(1..).map(|(w, i)| format!(\"{{}}{{}}\", w, i)).collect::<Vec<_>>()",
                   f"{a}.iter().filter(|w| w.len() > 3).count()",
                   f"{a}.iter().copied().max()"])
    lines = [f"let {'mut ' if hazard else ''}{a} = [{words}];", f"let {out} = {expr};"]
    if hazard:
        lines += [f'let first = &{a}[0];', f'{a}[0] = "zzz";', f'println!("{{}}", first);']
    return lines + [f'println!("{{:?}} {{:?}}", {out}, {a});']


# corners of two-phase borrows, closures capturing fields, patterns and loops; each is one
# snippet in its own block, and rustc alone says which are accepted
TRICKY = [
    "let mut {v} = vec![{a}, {b}];\n{v}.push({v}.len() as i32);\nprintln!(\"{{:?}}\", {v});",
    "let mut {v} = vec![{a}, {b}];\n*{v}.last_mut().unwrap() += {v}[0];\nprintln!(\"{{:?}}\", {v});",
    "let mut {v} = vec![{a}, {b}];\n{v}[0] = {v}[1];\nprintln!(\"{{:?}}\", {v});",
    "let mut {v} = vec![{a}, {b}];\n{v}.swap(0, {v}.len() - 1);\nprintln!(\"{{:?}}\", {v});",
    "let mut {v} = vec![{a}, {b}];\nlet x = &mut {v};\nx.push(x.len() as i32);\nprintln!(\"{{:?}}\", {v});",
    "let mut p = (String::from(\"{w}\"), {a});\nlet mut bump = || p.1 += 1;\nlet name = &p.0;\nbump();\nprintln!(\"{{}} {{}}\", name, p.1);",
    "let mut p = (String::from(\"{w}\"), {a});\nlet mut bump = || p.1 += 1;\nlet n = &p.1;\nbump();\nprintln!(\"{{}}\", n);",
    "let mut pair = (vec![{a}], vec![{b}]);\nlet (ref mut x, ref y) = pair;\nx.push(y[0]);\nprintln!(\"{{:?}}\", pair);",
    "let mut opt = Some(vec![{a}]);\nif let Some(x) = &mut opt {{\n    x.push({b});\n}}\nprintln!(\"{{:?}}\", opt);",
    "let mut {v} = vec![{a}, {b}, 13];\nlet found = loop {{\n    break {v}.iter().find(|x| **x > 6);\n}};\n{v}.push(1);\nprintln!(\"{{:?}}\", found);",
    "let mut {v} = vec![{a}, {b}, 13];\nlet found = loop {{\n    break {v}.iter().find(|x| **x > 6).copied();\n}};\n{v}.push(1);\nprintln!(\"{{:?}}\", found);",
    "let mut {v} = vec![{a}, {b}, 13];\nlet mut hit = None;\n'outer: for i in 0..2 {{\n    for x in &{v} {{\n        if *x > 6 + i {{\n            hit = Some(x);\n            break 'outer;\n        }}\n    }}\n}}\nprintln!(\"{{:?}}\", hit);\n{v}.clear();",
    "let mut slot: Option<Vec<i32>> = Some(vec![{a}]);\nif let Some(x) = slot.as_mut() {{\n    x.push({b});\n}}\nlet r = slot.as_ref();\nslot = None;\nprintln!(\"{{:?}} {{:?}}\", r, slot);",
    "let mut {v} = vec![{a}, {b}, 3];\nif let [first, .., last] = {v}.as_slice() {{\n    {v}.push(*first + *last);\n}}\nprintln!(\"{{:?}}\", {v});",
    "let s = String::from(\"{w}\");\nlet s = s + \"y\";\nlet t = s;\nprintln!(\"{{}} {{}}\", t, s);",
    "let s = String::from(\"{w}\");\nlet s = s + \"y\";\nlet t = s.clone();\nprintln!(\"{{}} {{}}\", t, s);",
    "let mut {v} = vec![String::from(\"{w}\")];\nlet first = {v}.remove(0);\n{v}.push(first.clone());\nprintln!(\"{{}} {{:?}}\", first, {v});",
    "let mut {v} = vec![{a}, {b}];\nfor i in 0..{v}.len() {{\n    let x = &mut {v}[i];\n    *x += 1;\n    {v}.push(0);\n}}\nprintln!(\"{{:?}}\", {v});",
    "let mut {v} = vec![{a}, {b}];\nlet n = {v}.len();\nfor i in 0..n {{\n    let x = {v}[i];\n    {v}.push(x * 2);\n}}\nprintln!(\"{{:?}}\", {v});",
    "let mut text = String::from(\"{w}\");\nlet upper = {{\n    let t = &text;\n    t.to_uppercase()\n}};\ntext.push_str(&upper);\nprintln!(\"{{}}\", text);",
    "let mut text = String::from(\"{w}\");\nlet t = &mut text;\nlet u = &*t;\nt.push('!');\nprintln!(\"{{}}\", u);",
    "let mut text = String::from(\"{w}\");\nlet t = &mut text;\nlet u = &*t;\nprintln!(\"{{}}\", u);\nt.push('!');\nprintln!(\"{{}}\", text);",
]


def ep_two_phase(g: Gen, hazard: bool) -> list:
    """A `&mut self` method whose arguments read the receiver: allowed by two-phase borrows
    only for an auto-ref'd receiver that is not itself an index or a held reference."""
    v = g.name(VEC_NAMES)
    lines = [f"let mut {v}: Vec<usize> = vec![{g.ints()}];"]
    if hazard:
        lines += g.pick([
            [f"Vec::push(&mut {v}, {v}.len());"],
            [f"let held = &{v};", f"{v}.push(held.len());", 'println!("{}", held.len());'],
            [f"let mut nested = vec![{v}.clone()];", "nested[0].push(nested[0].len());"],
            [f"{v}.push({{ let m = &mut {v}; m.len() }});"],
            [f"{v}.extend({v}.iter());"],
        ])
    else:
        lines += g.wrap(g.pick([
            [f"{v}.push({v}.len());"],
            [f"{v}.insert(0, {v}[{v}.len() - 1]);"],
            [f"let held = &{v};", f"{v}.push(held.len());"],
            [f"{v}.truncate({v}.len() / 2 + 1);"],
            [f"let n = {v}.iter().sum::<usize>();", f"{v}.push(n);"],
            [f"let r = &mut {v};", "r.push(r.len());"],
        ]))
    return lines + [f'println!("{{:?}}", {v});']


def ep_closure_fields(g: Gen, hazard: bool) -> list:
    """Edition-2021 closures capture the fields they use, not the whole struct."""
    g.need("Pair")
    p, c = g.name(["pair", "rec", "entry"]), g.name(["peek", "grow", "note"])
    lines = [f'let mut {p} = Pair::new("{g.word()}");']
    kind = g.pick(["read_tag", "push_vals", "method"])
    if kind == "read_tag":
        lines.append(f"let {c} = || {p}.tag.len();")
        other = f"{p}.tag.push('!');" if hazard else f"{p}.vals.push({g.ints(1)});"
        call = f'println!("{{}}", {c}());'
    elif kind == "push_vals":
        lines.append(f"let mut {c} = |x: i32| {p}.vals.push(x);")
        other = f'println!("{{}}", {p}.vals.len());' if hazard else f'println!("{{}}", {p}.tag);'
        call = f"{c}({g.ints(1)});"
    else:
        lines.append(f"let {c} = || {p}.size();")
        other = f"{p}.tag.push('?');" if hazard else f'println!("{{}}", {p}.tag.len());'
        call = f'println!("{{}}", {c}());'
    lines += g.wrap([other]) + [call]
    return lines + [f'println!("{{:?}}", {p});']


def ep_match_guard(g: Gen, hazard: bool) -> list:
    """Guards may read the scrutinee and by-value bindings but not mutate or move them."""
    o, x = g.name(["slot", "maybe", "entry"]), g.name(["x", "inner", "got"])
    lines = [f'let mut {o} = Some(String::from("{g.word()}"));']
    guard = g.pick([f"{x}.len() > 2", f"{o}.is_some()", f"!{x}.is_empty() && {x}.len() < 9"])
    if hazard:
        guard = g.pick([f"{{ {o} = None; true }}", f"{{ {o}.take(); true }}", f"{{ let y = {x}; y.len() > 1 }}"])
    return lines + [f"match {o} {{",
                    f"    Some(ref {x}) if {guard} => println!(\"long {{}}\", {x}),"
                    if "let y" not in guard else f"    Some({x}) if {guard} => println!(\"moved\"),",
                    "    Some(_) => println!(\"short\"),",
                    "    None => println!(\"none\"),",
                    "}", f'println!("{{:?}}", {o});']


def ep_unique_closure(g: Gen, hazard: bool) -> list:
    """A closure mutating through an immutable `r: &mut T` borrows `*r` uniquely."""
    n, r, c = g.name(INT_NAMES), g.name(REF_NAMES), g.name(["bump", "tick"])
    lines = [f"let mut {n} = {g.ints(1)};", f"let {r} = &mut {n};", f"let mut {c} = || *{r} += 1;"]
    if hazard:
        late = g.pick([[f"let peek = &*{r};", f"{c}();", f'println!("{{}}", peek);'],
                       [f"let mut {c}2 = || *{r} += 2;", f"{c}2();", f"{c}();"],
                       [f"*{r} += 5;", f"{c}();"]])
        lines += late
    else:
        lines += [f"{c}();", f"{c}();", f"*{r} += 5;"]
    return lines + [f'println!("{{}}", {n});']


def ep_drop_guard(g: Gen, hazard: bool) -> list:
    """A value with a destructor keeps its borrow alive until it is dropped."""
    g.need("Guard")
    v, gd = g.name(VEC_NAMES), g.name(["guard", "watch", "lease"])
    lines = [f"let mut {v} = vec![{g.ints()}];"]
    if hazard:
        lines += g.pick([[f"let _{gd} = Guard {{ seen: &{v} }};", f"{v}.push({g.ints(1)});"],
                         [f"let {gd};", "{", f"    let inner = vec![{g.ints(1)}];", f"    {gd} = Guard {{ seen: &inner }};", "}"]])
    else:
        lines += g.pick([[f"let _ = Guard {{ seen: &{v} }};", f"{v}.push({g.ints(1)});"],
                         ["{", f"    let _{gd} = Guard {{ seen: &{v} }};", "}", f"{v}.push({g.ints(1)});"],
                         [f"let {gd} = Guard {{ seen: &{v} }};", f"drop({gd});", f"{v}.push({g.ints(1)});"]])
    return lines + [f'println!("{{:?}}", {v});']


def ep_let_else(g: Gen, hazard: bool) -> list:
    """let-else: the initializer's temporaries end with the statement; the binding moves."""
    v, x = g.name(VEC_NAMES), g.name(["head", "got", "first"])
    lines = [f"let {v} = vec![{g.ints()}];"]
    if hazard:
        lines += g.pick([[f"let Some({x}) = {v}.clone().first() else {{ return }};"],
                         [f"let Some({x}) = Some({v}) else {{ return }};", f"println!(\"{{}}\", {v}.len());"]])
    else:
        lines += g.pick([[f"let Some({x}) = {v}.first() else {{ return }};"],
                         [f"let Some(&{x}) = {v}.clone().first() else {{ return }};"],
                         [f"let Some({x}) = Some(&{v}) else {{ return }};"]])
    return lines + [f'println!("{{:?}}", {x});']


def ep_labeled_value(g: Gen, hazard: bool) -> list:
    """A labeled block or loop breaking with a reference."""
    v, r = g.name(VEC_NAMES), g.name(REF_NAMES)
    lines = [f"let {v} = vec![{g.ints()}];"]
    if hazard:
        lines += [f"let {r} = 'find: {{", f"    let local = {v}.clone();", "    for x in &local {",
                  f"        if *x > 10 {{ break 'find x; }}", "    }", "    &0", "};"]
    else:
        lines += [f"let {r} = 'find: {{", f"    for x in &{v} {{", f"        if *x > 10 {{ break 'find x; }}",
                  "    }", "    &0", "};"]
    return lines + [f'println!("{{}}", {r});']


def ep_tricky(g: Gen, hazard: bool) -> list:
    """One TRICKY snippet in its own block (hazard is ignored: rustc decides)."""
    text = g.pick(TRICKY).format(v=g.name(VEC_NAMES), a=g.rng.randint(1, 9), b=g.rng.randint(1, 9),
                                 w=g.word())
    return ["{"] + ["    " + line for line in text.split("\n")] + ["}"]


EPISODES = {
    "push_while_ref": ep_push_while_ref,
    "string_view": ep_string_view,
    "use_after_move": ep_use_after_move,
    "two_mut": ep_two_mut,
    "assign_while_borrowed": ep_assign_while_borrowed,
    "move_while_borrowed": ep_move_while_borrowed,
    "scope_too_short": ep_scope_too_short,
    "not_mut": ep_not_mut,
    "maybe_uninit": ep_maybe_uninit,
    "closure": ep_closure,
    "struct_method": ep_struct_method,
    "iterate_and_mutate": ep_iterate_and_mutate,
    "option_match": ep_option_match,
    "return_ref": ep_return_ref,
    "move_out_of_borrow": ep_move_out_of_borrow,
    "temporary": ep_temporary,
    "element_mut_then_push": ep_element_mut_then_push,
    "map_lookup": ep_map_lookup,
    "option_slot": ep_option_slot,
    "stack_loop": ep_stack_loop,
    "refcell": ep_refcell,
    "thread": ep_thread,
    "box_and_consume": ep_box_and_consume,
    "consume_in_for": ep_consume_in_for,
    "tricky": ep_tricky,
    "lifetime_struct": ep_lifetime_struct,
    "str_array_iter": ep_str_array_iter,
    "two_phase": ep_two_phase,
    "closure_fields": ep_closure_fields,
    "match_guard": ep_match_guard,
    "unique_closure": ep_unique_closure,
    "drop_guard": ep_drop_guard,
    "let_else": ep_let_else,
    "labeled_value": ep_labeled_value,
}


def generate(seed: int) -> Program:
    """The program for `seed`: 2-4 episodes, at most one of them with its hazard."""
    g = Gen(seed)
    kinds = [g.pick(list(EPISODES)) for _ in range(g.rng.randint(2, 4))]
    hazard_at = g.rng.randrange(len(kinds)) if g.chance(HAZARD_RATE) else None
    program = Program(seed, kinds=kinds)
    for i, kind in enumerate(kinds):
        program.episodes.append(EPISODES[kind](g, i == hazard_at))
    program.helpers = list(g.helpers)
    program.hazard_kind = kinds[hazard_at] if hazard_at is not None else None
    return program


if __name__ == "__main__":
    import sys

    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1).source())
