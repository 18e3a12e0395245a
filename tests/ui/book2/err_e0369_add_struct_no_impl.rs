// advanced traits: using + on a struct that does not implement Add
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let sum = a + b;
    println!("{:?}", sum);
}
