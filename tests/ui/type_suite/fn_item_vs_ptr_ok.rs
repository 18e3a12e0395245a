fn inc(x: i32) -> i32 { x + 1 }
fn dec(x: i32) -> i32 { x - 1 }
fn main() {
    let ops: [fn(i32) -> i32; 2] = [inc, dec];
    let f = if true { inc } else { dec };
    println!("{} {} {}", ops[0](1), ops[1](1), f(10));
}
