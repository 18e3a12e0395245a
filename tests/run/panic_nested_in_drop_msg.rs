struct Guard(i32);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
    }
}
fn risky(v: &Vec<i32>, i: usize) -> i32 {
    let _g = Guard(i as i32);
    v[i] * 2
}
fn main() {
    let v = vec![1, 2, 3];
    let results: Vec<i32> = (0..5).map(|i| risky(&v, i)).collect();
    println!("{:?}", results);
}
