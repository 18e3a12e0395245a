// A String grown piece by piece (push_str, push, +=, write!) and read in between:
// byte lengths, char boundaries, slicing, pops and truncation see every pending piece.
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    for i in 0..20000 {
        s.push_str("ab");
        if i % 1000 == 0 {
            s.push('é');
            s += "→";
            write!(s, "[{}]", i).unwrap();
        }
    }
    println!("{} {}", s.len(), s.chars().count());
    println!("{:?}", &s[0..12]);
    println!("{}", s.is_char_boundary(3));
    println!("{}", s.is_char_boundary(4));
    let mut t = String::with_capacity(4);
    t.push('x');
    t.push_str("ü");
    println!("{} {:?} {:?}", t.len(), t.pop(), t);
    t += "yz";
    t.truncate(2);
    t.push('!');
    println!("{:?} {}", t, t.len());
    let mut u = t.clone();
    u.push_str(" more");
    t.insert(0, '>');
    println!("{:?} {:?} {}", t, u, u.contains("! m"));
    let mut line = String::new();
    for w in ["alpha", "beta", "gamma"] {
        if !line.is_empty() {
            line.push(' ');
        }
        line += w;
        println!("{} {}", line.len(), line.to_uppercase());
    }
    let tail = &s[s.len() - 6..];
    println!("{:?} {}", tail, s.ends_with("abab"));
    let mut v = String::from("é");
    v.push_str("é");
    println!("{:?}", v.get(0..1));
    println!("{:?}", v.get(0..2));
    v.clear();
    v.push('q');
    println!("{:?} {}", v, v == "q");
}
