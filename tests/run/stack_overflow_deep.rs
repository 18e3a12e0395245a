fn depth(n: u64, acc: &mut Vec<u64>) -> u64 {
    if n % 100000 == 0 {
        acc.push(n);
    }
    let big = [n; 16];
    depth(n + 1, acc) + big[3]
}
fn main() {
    let mut acc = Vec::new();
    println!("start");
    let r = depth(1, &mut acc);
    println!("{} {}", r, acc.len());
}
