// programs: error boxing with ?, Hash enums as keys, format specs, radix parsing, sort_unstable_by
use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ParseErr { line: usize, msg: String }
impl fmt::Display for ParseErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "line {}: {}", self.line, self.msg) }
}
impl Error for ParseErr {}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind { Num, Word, Sym(char) }

fn classify(tok: &str) -> Kind {
    if tok.chars().all(|c| c.is_ascii_digit()) { Kind::Num }
    else if tok.chars().all(char::is_alphabetic) { Kind::Word }
    else { Kind::Sym(tok.chars().next().unwrap_or('?')) }
}

fn parse_line(i: usize, line: &str) -> Result<Vec<i64>, Box<dyn Error>> {
    let mut out = Vec::new();
    for tok in line.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let v: i64 = tok.parse().map_err(|_| ParseErr { line: i, msg: format!("bad token {:?}", tok) })?;
        out.push(v);
    }
    Ok(out)
}

fn run() -> Result<i64, Box<dyn Error>> {
    let text = "1, 2, 3\n4,5\n\n10, x";
    let mut total = 0;
    for (i, line) in text.lines().enumerate() {
        match parse_line(i + 1, line) {
            Ok(vs) => total += vs.iter().sum::<i64>(),
            Err(e) => { println!("skip: {}", e); }
        }
    }
    let last = parse_line(9, "7, y")?;
    Ok(total + last.len() as i64)
}

fn main() {
    let toks = ["12", "abc", "+", "7", "xy", "#"];
    let mut groups: HashMap<Kind, Vec<&str>> = HashMap::new();
    for t in toks { groups.entry(classify(t)).or_insert_with(Vec::new).push(t); }
    let mut keys: Vec<_> = groups.keys().cloned().collect();
    keys.sort();
    for k in &keys { println!("{:?} => {:?}", k, groups[k]); }
    match run() { Ok(v) => println!("ok {}", v), Err(e) => println!("error: {}", e) }
    let width = 10;
    println!("[{:>width$}] [{:<w2$}] [{:^8.2}] [{:+.2e}] [{:08.3}]", "right", "left", 3.14159, 12345.678, -2.5, w2 = 6);
    let nums = [5u32, 17, 255, 4096];
    for n in nums { print!("{:#x} {:#o} {:b} | ", n, n, n); }
    println!();
    println!("{:?}", u32::from_str_radix("ff", 16));
    println!("{:?}", "7a".chars().map(|c| c.to_digit(16)).collect::<Vec<_>>());
    let mut pairs: Vec<(String, u32)> = vec![("b".into(), 2), ("a".into(), 2), ("c".into(), 1)];
    pairs.sort_unstable_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    println!("{:?}", pairs);
    let joined = pairs.iter().map(|(s, n)| format!("{}{}", s, n)).collect::<Vec<_>>().concat();
    println!("{}", joined);
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let transposed: Vec<Vec<i32>> = (0..3).map(|c| matrix.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed);
    let flat = matrix.concat();
    println!("{:?} max {:?}", flat, flat.iter().copied().max());
    let s = "Hello";
    println!("{}", s.chars().rev().collect::<String>() + &"!".repeat(2));
    let mut counts = [0usize; 3];
    for (i, c) in "aabbbc".chars().enumerate() { counts[(c as u8 - b'a') as usize] += i; }
    println!("{:?}", counts);
    let opt: Option<&Vec<&str>> = groups.get(&Kind::Word);
    println!("{}", opt.map(|v| v.len()).unwrap_or(0));
}
