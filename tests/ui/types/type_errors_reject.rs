struct P {
    x: i32,
}

fn takes_str(s: &str) -> usize {
    s.len()
}

fn main() {
    let p = P { x: 1 };
    let a: u32 = p.x;
    let n = takes_str(String::from("a"));
    let v = vec![1, 2, 3];
    let s: i32 = v.iter().sum::<i64>();
    println!("{} {} {}", a, n, s);
}
