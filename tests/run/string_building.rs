use std::fmt::Write;
fn main() {
    let mut s = String::with_capacity(4);
    s.push_str("abc");
    s.push('d');
    s.insert(0, '>');
    s.insert_str(1, "==");
    println!("{} {}", s, s.len());
    println!("{:?} {:?}", s.pop(), s.remove(0));
    s.truncate(3);
    println!("{:?}", s);
    s.retain(|c| c != '=');
    println!("{:?}", s);
    let mut out = String::new();
    for i in 0..3 { write!(out, "[{:02}]", i).unwrap(); }
    writeln!(out, "!").unwrap();
    print!("{}", out);
    let t: String = vec!["x", "y"].concat() + "z" + &String::from("w");
    println!("{}", t);
    println!("{}", "ab".repeat(3));
    let mut u = "hello world".to_string();
    u.replace_range(0..5, "HELLO");
    println!("{}", u);
    let drained: String = u.drain(..6).collect();
    println!("{:?} {:?}", drained, u);
    println!("{:?}", "a b c".split(' ').rev().collect::<Vec<_>>().join("+"));
    println!("{}", format!("{0}-{1}-{0} {name}", 1, 2, name = "n"));
    let width = 6;
    println!("{}", format!("{:>width$}|{:<width$}|", "r", "l"));
    println!("{:?}", String::from_utf8(vec![104, 105]).unwrap());
    println!("{:?}", String::from_utf8_lossy(&[72, 255, 73]));
    println!("{:?}", std::str::from_utf8(&[0xff]).is_err());
    println!("{}", 'x'.to_string() + &42.to_string());
}
