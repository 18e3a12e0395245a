// &(a, b) patterns over & items work for Copy fields
fn main() {
    let v = vec![(1, 'a'), (2, 'b')];
    let mut total = 0;
    for &(n, c) in &v {
        total += n;
        print!("{}", c);
    }
    println!(" {}", total);
}
