// patterns: a refutable Some(..) pattern in a plain let
fn find_even(v: &[i32]) -> Option<i32> {
    v.iter().copied().find(|x| x % 2 == 0)
}

fn main() {
    let data = [3, 5, 8, 9];
    let Some(even) = find_even(&data);
    println!("first even {even}");
}
