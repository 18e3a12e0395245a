// A borrowed closure that captures a local is a temporary, not a promoted constant.
fn main() {
    let r: &dyn Fn(i32) -> i32;
    {
        let k = 3;
        r = &|x| x + k;
    }
    println!("{}", r(1));
}
