fn compute(flag: bool) -> u32 {
    if flag { return; }
    5
}
fn main() { println!("{}", compute(false)); }
