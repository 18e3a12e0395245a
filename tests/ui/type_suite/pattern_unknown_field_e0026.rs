struct Pair { left: i32, right: i32 }
fn main() {
    let p = Pair { left: 1, right: 2 };
    let Pair { left, middle, .. } = p;
    println!("{} {}", left, middle);
}
