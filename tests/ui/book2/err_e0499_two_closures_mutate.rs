// closures: two closures both mutably capture the same counter and are used interleaved
fn main() {
    let mut hits = 0;
    let mut inc = || hits += 1;
    let mut dec = || hits -= 1;
    inc();
    dec();
    println!("{hits}");
}
