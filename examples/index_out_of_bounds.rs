// Out-of-bounds index at run time: the program compiles, and the bounds check stops it
// with a panic (exit code 101) instead of reading past the end of the buffer.
fn slot(sessions: &[u32], index: usize) -> u32 {
    sessions[index]
}

fn main() {
    let sessions = [11, 12, 13];
    println!("slot 1 holds session {}", slot(&sessions, 1));
    println!("slot 5 holds session {}", slot(&sessions, 5));
}
