# OpenCV 4.6 (Debian source package opencv, whose contrib tarball carries aruco): only the
# modules the answer cards use (game/cards: core, imgproc, imgcodecs for pictures, videoio for
# the webcam through DirectShow, aruco from contrib) and what aruco needs (calib3d, features2d,
# flann). PNG through the libpng above; no JPEG/TIFF/WebP (Debian's +dfsg tree has no bundled
# 3rdparty copies), no FFmpeg, no OpenCL/IPP/TBB, no dispatched SIMD variants (baseline SSE3):
# a third of the compile time.
recipe_build() {
  cmake_build "$S" "$B" "$P" \
    -DBUILD_LIST=core,imgproc,imgcodecs,videoio,calib3d,features2d,flann,aruco \
    -DOPENCV_EXTRA_MODULES_PATH="$S/contrib/modules" \
    -DBUILD_TESTS=OFF -DBUILD_PERF_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_opencv_apps=OFF \
    -DBUILD_DOCS=OFF -DBUILD_JAVA=OFF -DBUILD_opencv_python3=OFF -DOPENCV_SKIP_PYTHON_LOADER=ON \
    -DBUILD_ZLIB=OFF -DBUILD_PNG=OFF -DWITH_PNG=ON -DWITH_JPEG=OFF -DWITH_TIFF=OFF -DWITH_WEBP=OFF \
    -DWITH_OPENJPEG=OFF -DWITH_JASPER=OFF -DWITH_OPENEXR=OFF -DWITH_IMGCODEC_HDR=OFF \
    -DWITH_IMGCODEC_SUNRASTER=OFF -DWITH_IMGCODEC_PXM=ON -DWITH_IMGCODEC_PFM=OFF \
    -DWITH_FFMPEG=OFF -DWITH_GSTREAMER=OFF -DWITH_MSMF=OFF -DWITH_DSHOW=ON -DWITH_OBSENSOR=OFF \
    -DWITH_OPENCL=OFF -DWITH_IPP=OFF -DWITH_ITT=OFF -DWITH_TBB=OFF -DWITH_OPENMP=OFF \
    -DWITH_EIGEN=OFF -DWITH_LAPACK=OFF -DWITH_PROTOBUF=OFF -DWITH_QUIRC=OFF -DWITH_ADE=OFF \
    -DWITH_VTK=OFF -DWITH_GTK=OFF -DWITH_WIN32UI=OFF -DWITH_1394=OFF -DWITH_DIRECTX=OFF \
    -DWITH_VA=OFF -DWITH_VA_INTEL=OFF -DWITH_CUDA=OFF -DWITH_OPENVX=OFF -DWITH_HALIDE=OFF \
    -DCPU_DISPATCH= -DOPENCV_GENERATE_PKGCONFIG=OFF -DOPENCV_ENABLE_ALLOCATOR_STATS=OFF \
    -DOPENCV_BIN_INSTALL_PATH=bin -DOPENCV_LIB_INSTALL_PATH=lib -DOPENCV_LIB_ARCHIVE_INSTALL_PATH=lib \
    -DOPENCV_3P_LIB_INSTALL_PATH=lib -DOPENCV_CONFIG_INSTALL_PATH=lib/cmake/opencv4 \
    -DOPENCV_INCLUDE_INSTALL_PATH=include/opencv4 -DOPENCV_OTHER_INSTALL_PATH=share/opencv4 \
    -DINSTALL_CREATE_DISTRIB=OFF
}
