use std::thread;
struct Handle {
    ptr: *mut u64,
    len: usize,
}

unsafe impl Send for Handle {}

fn main() {
    let mut x = 5u64;
    let h = Handle { ptr: &mut x as *mut u64, len: 3 };
    let t = thread::spawn(move || {
        let h = h;
        let _p = h.ptr;
        h.len * 2
    });
    println!("{}", t.join().unwrap());
}
