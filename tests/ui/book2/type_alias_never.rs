// advanced types: type aliases, the never type in match arms and diverging functions
use std::collections::HashMap;
use std::fmt;

type Job = Box<dyn Fn(u32) -> u32 + Send + 'static>;
type Registry = HashMap<&'static str, Job>;
type Res<T> = Result<T, String>;

fn fail(msg: &str) -> ! {
    panic!("fatal: {msg}")
}

fn lookup(reg: &Registry, name: &str, x: u32) -> Res<u32> {
    match reg.get(name) {
        Some(job) => Ok(job(x)),
        None => Err(format!("no job {name}")),
    }
}

fn parse_all(items: &[&str]) -> Vec<u32> {
    let mut out = Vec::new();
    for s in items {
        let n: u32 = match s.trim().parse() {
            Ok(n) => n,
            Err(_) => continue,
        };
        out.push(n);
    }
    out
}

struct Meters(u32);
type M = Meters;

impl fmt::Display for M {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

fn main() {
    let mut reg: Registry = HashMap::new();
    reg.insert("double", Box::new(|x| x * 2));
    reg.insert("square", Box::new(|x| x * x));
    let mut names: Vec<_> = reg.keys().copied().collect();
    names.sort();
    for n in &names {
        println!("{n}(7) = {:?}", lookup(&reg, n, 7));
    }
    println!("{:?}", lookup(&reg, "cube", 2));
    println!("{:?}", parse_all(&["1", " 22 ", "x", "333"]));
    let d: M = Meters(12);
    println!("{d}");
    let opt: Option<u32> = Some(3);
    let v = match opt {
        Some(v) => v,
        None => fail("missing"),
    };
    println!("v = {v}");
    let n: u32 = if v > 2 { v } else { fail("too small") };
    println!("n = {n}");
    let empty: Option<u32> = None;
    let _w = empty.unwrap_or_else(|| fail("empty option"));
    println!("not printed");
}
