fn main() {
    let x = "5";
    let x: i32 = x.parse().unwrap();
    let x = x * 2;
    let y = { let x = x + 1; x * x };
    let label = 'outer: loop {
        for i in 0.. {
            if i == 3 { break 'outer i * 10; }
        }
    };
    println!("{} {} {}", x, y, label);
}
