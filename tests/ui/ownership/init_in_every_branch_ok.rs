// ownership: deferred initialization on every path, through a loop with break
fn main() {
    let mut n = 0;
    let found: u32;
    loop {
        n += 1;
        if n * n > 50 {
            found = n;
            break;
        }
    }
    let kind: &str;
    if found % 2 == 0 { kind = "even"; } else { kind = "odd"; }
    println!("{} {}", found, kind);
}
