// A JSON-like value enum: recursive Display with escaping and indentation, a small
// hand-written parser over bytes, and queries by path.
use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl Json {
    fn get(&self, path: &str) -> Option<&Json> {
        let mut cur = self;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            cur = match cur {
                Json::Obj(m) => m.get(part)?,
                Json::Arr(v) => v.get(part.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    fn pretty(&self, indent: usize, out: &mut String) {
        let pad = "  ".repeat(indent);
        match self {
            Json::Arr(v) if !v.is_empty() => {
                out.push_str("[\n");
                for (i, x) in v.iter().enumerate() {
                    out.push_str(&pad);
                    out.push_str("  ");
                    x.pretty(indent + 1, out);
                    out.push_str(if i + 1 < v.len() { ",\n" } else { "\n" });
                }
                write!(out, "{}]", pad).unwrap();
            }
            Json::Obj(m) if !m.is_empty() => {
                out.push_str("{\n");
                let n = m.len();
                for (i, (k, x)) in m.iter().enumerate() {
                    write!(out, "{}  \"{}\": ", pad, k).unwrap();
                    x.pretty(indent + 1, out);
                    out.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                write!(out, "{}}}", pad).unwrap();
            }
            other => write!(out, "{}", other).unwrap(),
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{}", n),
            Json::Str(s) => {
                f.write_char('"')?;
                for c in s.chars() {
                    match c {
                        '"' => f.write_str("\\\"")?,
                        '\\' => f.write_str("\\\\")?,
                        '\n' => f.write_str("\\n")?,
                        c => f.write_char(c)?,
                    }
                }
                f.write_char('"')
            }
            Json::Arr(v) => {
                write!(f, "[")?;
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}", x)?;
                }
                write!(f, "]")
            }
            Json::Obj(m) => {
                write!(f, "{{")?;
                let mut first = true;
                for (k, v) in m {
                    if !first {
                        write!(f, ",")?;
                    }
                    first = false;
                    write!(f, "\"{}\":{}", k, v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.pos < self.src.len() && (self.src[self.pos] as char).is_whitespace() {
            self.pos += 1;
        }
    }
    fn eat(&mut self, b: u8) -> Result<(), String> {
        self.ws();
        if self.src.get(self.pos) == Some(&b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at {}", b as char, self.pos))
        }
    }
    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.src.get(self.pos).copied() {
            None => Err("unexpected end".to_string()),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b'[') => {
                self.pos += 1;
                let mut v = Vec::new();
                self.ws();
                if self.src.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Ok(Json::Arr(v));
                }
                loop {
                    v.push(self.value()?);
                    self.ws();
                    match self.src.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Json::Arr(v));
                        }
                        _ => return Err(format!("bad array at {}", self.pos)),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.eat(b':')?;
                    let v = self.value()?;
                    m.insert(k, v);
                    self.ws();
                    if self.src.get(self.pos) == Some(&b',') {
                        self.pos += 1;
                    } else {
                        self.eat(b'}')?;
                        return Ok(Json::Obj(m));
                    }
                }
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.pos;
                self.pos += 1;
                while self.pos < self.src.len() && (self.src[self.pos].is_ascii_digit() || b".eE-+".contains(&self.src[self.pos])) {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap();
                text.parse().map(Json::Num).map_err(|e| format!("{}: {:?}", e, text))
            }
            Some(c) => Err(format!("unexpected '{}' at {}", c as char, self.pos)),
        }
    }
    fn word(&mut self, w: &str, v: Json) -> Result<Json, String> {
        if self.src[self.pos..].starts_with(w.as_bytes()) {
            self.pos += w.len();
            Ok(v)
        } else {
            Err(format!("bad literal at {}", self.pos))
        }
    }
    fn string(&mut self) -> Result<String, String> {
        if self.src.get(self.pos) != Some(&b'"') {
            return Err(format!("expected string at {}", self.pos));
        }
        self.pos += 1;
        let mut s = String::new();
        while let Some(&b) = self.src.get(self.pos) {
            self.pos += 1;
            match b {
                b'"' => return Ok(s),
                b'\\' => {
                    let e = self.src[self.pos];
                    self.pos += 1;
                    s.push(if e == b'n' { '\n' } else { e as char });
                }
                _ => s.push(b as char),
            }
        }
        Err("unterminated string".into())
    }
}

fn parse(s: &str) -> Result<Json, String> {
    let mut p = Parser { src: s.as_bytes(), pos: 0 };
    let v = p.value()?;
    p.ws();
    if p.pos != s.len() {
        return Err(format!("trailing data at {}", p.pos));
    }
    Ok(v)
}

fn main() {
    let doc = r#"{"name": "widget", "tags": ["a", "b\"q"], "size": {"w": 2.5, "h": 10},
                 "ok": true, "none": null, "list": [1, -2, 3e2, []], "note": "line\nbreak"}"#;
    let v = parse(doc).unwrap();
    println!("{}", v);
    let mut out = String::new();
    v.pretty(0, &mut out);
    println!("{}", out);
    for path in ["name", "size.w", "tags.1", "list.2", "list.9", "ok.x", ""] {
        match v.get(path) {
            Some(j) => println!("{:>8} => {}", path, j),
            None => println!("{:>8} => (missing)", path),
        }
    }
    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1] x", "-", "\"open"] {
        println!("{:?}: {:?}", bad, parse(bad));
    }
    let copy = v.clone();
    println!("equal after clone: {}", copy == v);
}
