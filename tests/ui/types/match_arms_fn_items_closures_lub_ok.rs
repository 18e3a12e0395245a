fn add_one(x: i32) -> i32 { x + 1 }
fn sub_one(x: i32) -> i32 { x - 1 }
fn pick(n: u8) -> i32 {
    let f = match n {
        0 => add_one,
        1 => |x| x * 2,
        _ => sub_one,
    };
    let g = if n > 0 { |x: i32| x + 10 } else { |x: i32| x - 10 };
    f(5) + g(1)
}
fn main() {
    let table: Vec<fn(i32) -> i32> = vec![add_one, sub_one];
    println!("{} {} {} {}", pick(0), pick(1), pick(2), table[1](3));
}
