fn main() {
    let count = 1;
    count = 2;
    let label = String::from("a");
    let moved = label;
    println!("{} {} {}", count, label, moved);
    let mut n = 0;
    let first = &mut n;
    let second = &mut n;
    *first += *second;
}
