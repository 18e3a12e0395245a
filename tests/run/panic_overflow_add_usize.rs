fn main() {
    let v = vec![1usize, 2, 3];
    let mut total: usize = usize::MAX - 10;
    for x in &v {
        total += x;
        println!("{}", total);
    }
    total += v.len() * 2;
    println!("{}", total);
}
