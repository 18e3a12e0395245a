unsafe fn twice(x: i32) -> i32 { x * 2 }
unsafe fn outer(x: i32) -> i32 { twice(x) + 1 }
fn main() {
    let r = unsafe { outer(3) };
    let f = |y: i32| unsafe { twice(y) };
    println!("{} {}", r, f(5));
}
