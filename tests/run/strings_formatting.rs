// strings: formatting specs, chars and bytes, splitting, parsing
fn main() {
    let pi = 3.14159265;
    println!("[{:8.3}] [{:<8.2}] [{:^9}] [{:+}] [{:08.2}]", pi, pi, "mid", 42, -pi);
    println!("[{:>5}] [{:05}] [{:x}] [{:X}] [{:#b}] [{:o}] [{:#x}]", 42, 42, 255, 255, 5, 8, 255);
    println!("{:?} {:?} {:?}", "quote\"d", 'c', 1.0f64);
    println!("{:e} {} {} {}", 1234.5, 0.1 + 0.2, 1e21, 1.0e-7);
    println!("{0}-{0}-{1} {name}", "a", "b", name = "n");
    let w = 6;
    println!("[{:>w$}] [{:>1$}] [{:.*}]", 7, 8, 2, 1.23456);
    let s = String::from("Hello, Wörld");
    println!("{} {} {}", s.len(), s.chars().count(), s.to_uppercase());
    println!("{:?}", s.char_indices().filter(|(_, c)| c.is_uppercase()).collect::<Vec<_>>());
    println!("{:?}", s.split(", ").collect::<Vec<_>>());
    println!("{:?} {:?}", s.find('W'), s.find("xyz"));
    let mut t = String::new();
    for (i, word) in "a bb ccc".split_whitespace().enumerate() {
        if i > 0 {
            t.push('-');
        }
        t.push_str(&word.repeat(2));
    }
    println!("{}", t);
    println!("{:?}", "  padded\t".trim());
    println!("{:?} {:?}", "42".parse::<i32>(), "4x2".parse::<i32>().is_err());
    println!("{:?}", "x=1;y=2".split(';').map(|kv| kv.split_once('=').unwrap()).collect::<Vec<_>>());
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    println!("{}", ["a", "b", "c"].join("/"));
    println!("{:?}", "line1\nline2\n".lines().collect::<Vec<_>>());
    println!("{}", format!("{:>3}|{:<3}|{:^3}|", 1, 2, 3));
    let bytes = "AZ".as_bytes();
    println!("{:?} {}", bytes, (bytes[0] + 1) as char);
    println!("{:#?}", (1, "two"));
    println!("{}", i64::MAX);
    println!("{} {}", u8::MAX as i32 + 1, -5i32 as u8);
    println!("{} {} {}", 7.0 / 2.0, 2.5f32 * 2.0, (2.0f64).sqrt());
}
