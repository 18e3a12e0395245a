struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point {
        x: 1,
        y: "two",
    };
    let q: i32 = {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;
        let e = 5;
        a + b + c + d + e == 0
    };
    println!("{} {}", p.x, q);
}
