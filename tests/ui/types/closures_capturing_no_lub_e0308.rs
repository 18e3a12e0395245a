fn pick(flag: bool, k: i32) -> i32 {
    let f = if flag {
        |x: i32| x + 1
    } else {
        move |x: i32| x + k
    };
    f(1)
}
fn main() {
    let g = if true { add_one } else { sub_one };
    println!("{} {}", pick(true, 2), g(3));
}
fn add_one(x: i32) -> i32 { x + 1 }
fn sub_one(x: i32) -> i32 { x - 1 }
